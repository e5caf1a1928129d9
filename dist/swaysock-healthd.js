#!/usr/bin/env -S node --max-semi-space-size=1
import { createRequire as __swaysockCreateRequire } from 'node:module';
const require = __swaysockCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/safe-buffer/index.js
var require_safe_buffer = __commonJS({
  "node_modules/safe-buffer/index.js"(exports, module) {
    var buffer = __require("buffer");
    var Buffer2 = buffer.Buffer;
    function copyProps(src, dst) {
      for (var key in src) {
        dst[key] = src[key];
      }
    }
    if (Buffer2.from && Buffer2.alloc && Buffer2.allocUnsafe && Buffer2.allocUnsafeSlow) {
      module.exports = buffer;
    } else {
      copyProps(buffer, exports);
      exports.Buffer = SafeBuffer;
    }
    function SafeBuffer(arg, encodingOrOffset, length) {
      return Buffer2(arg, encodingOrOffset, length);
    }
    SafeBuffer.prototype = Object.create(Buffer2.prototype);
    copyProps(Buffer2, SafeBuffer);
    SafeBuffer.from = function(arg, encodingOrOffset, length) {
      if (typeof arg === "number") {
        throw new TypeError("Argument must not be a number");
      }
      return Buffer2(arg, encodingOrOffset, length);
    };
    SafeBuffer.alloc = function(size, fill, encoding) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      var buf = Buffer2(size);
      if (fill !== void 0) {
        if (typeof encoding === "string") {
          buf.fill(fill, encoding);
        } else {
          buf.fill(fill);
        }
      } else {
        buf.fill(0);
      }
      return buf;
    };
    SafeBuffer.allocUnsafe = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return Buffer2(size);
    };
    SafeBuffer.allocUnsafeSlow = function(size) {
      if (typeof size !== "number") {
        throw new TypeError("Argument must be a number");
      }
      return buffer.SlowBuffer(size);
    };
  }
});

// node_modules/@homebridge/dbus-native/lib/signature.js
var require_signature = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/signature.js"(exports, module) {
    var match = {
      "{": "}",
      "(": ")"
    };
    var knownTypes = {};
    "(){}ybnqiuxtdsogarvehm*?@&^".split("").forEach(function(c) {
      knownTypes[c] = true;
    });
    module.exports = function parseSignature(signature) {
      var index = 0;
      function next() {
        if (index < signature.length) {
          var c2 = signature[index];
          ++index;
          return c2;
        }
        return null;
      }
      function parseOne(c2) {
        function checkNotEnd(c3) {
          if (!c3) throw new Error("Bad signature: unexpected end");
          return c3;
        }
        if (!knownTypes[c2])
          throw new Error(`Unknown type: "${c2}" in signature "${signature}"`);
        var ele;
        var res = { type: c2, child: [] };
        switch (c2) {
          case "a":
            ele = next();
            checkNotEnd(ele);
            res.child.push(parseOne(ele));
            return res;
          case "{":
          // dict entry
          case "(":
            while ((ele = next()) !== null && ele !== match[c2])
              res.child.push(parseOne(ele));
            checkNotEnd(ele);
            return res;
        }
        return res;
      }
      var ret = [];
      var c;
      while ((c = next()) !== null) ret.push(parseOne(c));
      return ret;
    };
  }
});

// node_modules/@homebridge/dbus-native/lib/put.js
var require_put = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/put.js"(exports, module) {
    var assert = __require("assert");
    module.exports = Put;
    function Put() {
      if (!(this instanceof Put)) return new Put();
      var words = [];
      var len = 0;
      this.put = function(buf) {
        words.push({ buffer: buf });
        len += buf.length;
        return this;
      };
      this.word8 = function(x) {
        words.push({ bytes: 1, value: x });
        len += 1;
        return this;
      };
      this.floatle = function(x) {
        words.push({ bytes: "float", endian: "little", value: x });
        len += 4;
        return this;
      };
      [8, 16, 24, 32, 64].forEach(
        function(bits) {
          this["word" + bits + "be"] = function(x) {
            words.push({ endian: "big", bytes: bits / 8, value: x });
            len += bits / 8;
            return this;
          };
          this["word" + bits + "le"] = function(x) {
            words.push({ endian: "little", bytes: bits / 8, value: x });
            len += bits / 8;
            return this;
          };
        }.bind(this)
      );
      this.pad = function(bytes) {
        assert(
          Number.isInteger(bytes),
          "pad(bytes) must be supplied with an integer!"
        );
        words.push({ endian: "big", bytes, value: 0 });
        len += bytes;
        return this;
      };
      this.length = function() {
        return len;
      };
      this.buffer = function() {
        var buf = Buffer.alloc(len);
        var offset = 0;
        words.forEach(function(word) {
          if (word.buffer) {
            word.buffer.copy(buf, offset, 0);
            offset += word.buffer.length;
          } else if (word.bytes === "float") {
            buf.writeFloatLE(word.value, offset);
            offset += 4;
          } else {
            var big = word.endian === "big";
            var ix = big ? [(word.bytes - 1) * 8, -8] : [0, 8];
            for (var i = ix[0]; big ? i >= 0 : i < word.bytes * 8; i += ix[1]) {
              if (i >= 32) {
                buf[offset++] = Math.floor(word.value / Math.pow(2, i)) & 255;
              } else {
                buf[offset++] = word.value >> i & 255;
              }
            }
          }
        });
        return buf;
      };
      this.write = function(stream) {
        stream.write(this.buffer());
      };
    }
  }
});

// node_modules/@homebridge/dbus-native/lib/align.js
var require_align = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/align.js"(exports) {
    var Buffer2 = require_safe_buffer().Buffer;
    function align(ps, n) {
      var pad = n - ps._offset % n;
      if (pad === 0 || pad === n) return;
      var padBuff = Buffer2.alloc(pad);
      ps.put(Buffer2.from(padBuff));
      ps._offset += pad;
    }
    exports.align = align;
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports, module) {
    (function(global, factory) {
      function preferDefault(exports2) {
        return exports2.default || exports2;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports2 = {};
          factory(exports2);
          return preferDefault(exports2);
        });
      } else if (typeof exports === "object") {
        factory(exports);
        if (typeof module === "object") module.exports = preferDefault(exports);
      } else {
        (function() {
          var exports2 = {};
          factory(exports2);
          global.Long = preferDefault(exports2);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports,
      function(_exports) {
        "use strict";
        Object.defineProperty(_exports, "__esModule", {
          value: true
        });
        _exports.default = void 0;
        var wasm = null;
        try {
          wasm = new WebAssembly.Instance(
            new WebAssembly.Module(
              new Uint8Array([
                // \0asm
                0,
                97,
                115,
                109,
                // version 1
                1,
                0,
                0,
                0,
                // section "type"
                1,
                13,
                2,
                // 0, () => i32
                96,
                0,
                1,
                127,
                // 1, (i32, i32, i32, i32) => i32
                96,
                4,
                127,
                127,
                127,
                127,
                1,
                127,
                // section "function"
                3,
                7,
                6,
                // 0, type 0
                0,
                // 1, type 1
                1,
                // 2, type 1
                1,
                // 3, type 1
                1,
                // 4, type 1
                1,
                // 5, type 1
                1,
                // section "global"
                6,
                6,
                1,
                // 0, "high", mutable i32
                127,
                1,
                65,
                0,
                11,
                // section "export"
                7,
                50,
                6,
                // 0, "mul"
                3,
                109,
                117,
                108,
                0,
                1,
                // 1, "div_s"
                5,
                100,
                105,
                118,
                95,
                115,
                0,
                2,
                // 2, "div_u"
                5,
                100,
                105,
                118,
                95,
                117,
                0,
                3,
                // 3, "rem_s"
                5,
                114,
                101,
                109,
                95,
                115,
                0,
                4,
                // 4, "rem_u"
                5,
                114,
                101,
                109,
                95,
                117,
                0,
                5,
                // 5, "get_high"
                8,
                103,
                101,
                116,
                95,
                104,
                105,
                103,
                104,
                0,
                0,
                // section "code"
                10,
                191,
                1,
                6,
                // 0, "get_high"
                4,
                0,
                35,
                0,
                11,
                // 1, "mul"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                126,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 2, "div_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                127,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 3, "div_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                128,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 4, "rem_s"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                129,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11,
                // 5, "rem_u"
                36,
                1,
                1,
                126,
                32,
                0,
                173,
                32,
                1,
                173,
                66,
                32,
                134,
                132,
                32,
                2,
                173,
                32,
                3,
                173,
                66,
                32,
                134,
                132,
                130,
                34,
                4,
                66,
                32,
                135,
                167,
                36,
                0,
                32,
                4,
                167,
                11
              ])
            ),
            {}
          ).exports;
        } catch {
        }
        function Long(low, high, unsigned) {
          this.low = low | 0;
          this.high = high | 0;
          this.unsigned = !!unsigned;
        }
        Long.prototype.__isLong__;
        Object.defineProperty(Long.prototype, "__isLong__", {
          value: true
        });
        function isLong(obj) {
          return (obj && obj["__isLong__"]) === true;
        }
        function ctz32(value) {
          var c = Math.clz32(value & -value);
          return value ? 31 - c : c;
        }
        Long.isLong = isLong;
        var INT_CACHE = {};
        var UINT_CACHE = {};
        function fromInt(value, unsigned) {
          var obj, cachedObj, cache;
          if (unsigned) {
            value >>>= 0;
            if (cache = 0 <= value && value < 256) {
              cachedObj = UINT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, 0, true);
            if (cache) UINT_CACHE[value] = obj;
            return obj;
          } else {
            value |= 0;
            if (cache = -128 <= value && value < 128) {
              cachedObj = INT_CACHE[value];
              if (cachedObj) return cachedObj;
            }
            obj = fromBits(value, value < 0 ? -1 : 0, false);
            if (cache) INT_CACHE[value] = obj;
            return obj;
          }
        }
        Long.fromInt = fromInt;
        function fromNumber(value, unsigned) {
          if (isNaN(value)) return unsigned ? UZERO : ZERO;
          if (unsigned) {
            if (value < 0) return UZERO;
            if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
          } else {
            if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
            if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
          }
          if (value < 0) return fromNumber(-value, unsigned).neg();
          return fromBits(
            value % TWO_PWR_32_DBL | 0,
            value / TWO_PWR_32_DBL | 0,
            unsigned
          );
        }
        Long.fromNumber = fromNumber;
        function fromBits(lowBits, highBits, unsigned) {
          return new Long(lowBits, highBits, unsigned);
        }
        Long.fromBits = fromBits;
        var pow_dbl = Math.pow;
        function fromString(str, unsigned, radix) {
          if (str.length === 0) throw Error("empty string");
          if (typeof unsigned === "number") {
            radix = unsigned;
            unsigned = false;
          } else {
            unsigned = !!unsigned;
          }
          if (str === "NaN" || str === "Infinity" || str === "+Infinity" || str === "-Infinity")
            return unsigned ? UZERO : ZERO;
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          var p;
          if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
          else if (p === 0) {
            return fromString(str.substring(1), unsigned, radix).neg();
          }
          var radixToPower = fromNumber(pow_dbl(radix, 8));
          var result = ZERO;
          for (var i = 0; i < str.length; i += 8) {
            var size = Math.min(8, str.length - i), value = parseInt(str.substring(i, i + size), radix);
            if (size < 8) {
              var power = fromNumber(pow_dbl(radix, size));
              result = result.mul(power).add(fromNumber(value));
            } else {
              result = result.mul(radixToPower);
              result = result.add(fromNumber(value));
            }
          }
          result.unsigned = unsigned;
          return result;
        }
        Long.fromString = fromString;
        function fromValue(val, unsigned) {
          if (typeof val === "number") return fromNumber(val, unsigned);
          if (typeof val === "string") return fromString(val, unsigned);
          return fromBits(
            val.low,
            val.high,
            typeof unsigned === "boolean" ? unsigned : val.unsigned
          );
        }
        Long.fromValue = fromValue;
        var TWO_PWR_16_DBL = 1 << 16;
        var TWO_PWR_24_DBL = 1 << 24;
        var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;
        var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;
        var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;
        var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);
        var ZERO = fromInt(0);
        Long.ZERO = ZERO;
        var UZERO = fromInt(0, true);
        Long.UZERO = UZERO;
        var ONE = fromInt(1);
        Long.ONE = ONE;
        var UONE = fromInt(1, true);
        Long.UONE = UONE;
        var NEG_ONE = fromInt(-1);
        Long.NEG_ONE = NEG_ONE;
        var MAX_VALUE = fromBits(4294967295 | 0, 2147483647 | 0, false);
        Long.MAX_VALUE = MAX_VALUE;
        var MAX_UNSIGNED_VALUE = fromBits(4294967295 | 0, 4294967295 | 0, true);
        Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;
        var MIN_VALUE = fromBits(0, 2147483648 | 0, false);
        Long.MIN_VALUE = MIN_VALUE;
        var LongPrototype = Long.prototype;
        LongPrototype.toInt = function toInt() {
          return this.unsigned ? this.low >>> 0 : this.low;
        };
        LongPrototype.toNumber = function toNumber() {
          if (this.unsigned)
            return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
          return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
        };
        LongPrototype.toString = function toString(radix) {
          radix = radix || 10;
          if (radix < 2 || 36 < radix) throw RangeError("radix");
          if (this.isZero()) return "0";
          if (this.isNegative()) {
            if (this.eq(MIN_VALUE)) {
              var radixLong = fromNumber(radix), div = this.div(radixLong), rem1 = div.mul(radixLong).sub(this);
              return div.toString(radix) + rem1.toInt().toString(radix);
            } else return "-" + this.neg().toString(radix);
          }
          var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned), rem = this;
          var result = "";
          while (true) {
            var remDiv = rem.div(radixToPower), intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0, digits = intval.toString(radix);
            rem = remDiv;
            if (rem.isZero()) return digits + result;
            else {
              while (digits.length < 6) digits = "0" + digits;
              result = "" + digits + result;
            }
          }
        };
        LongPrototype.getHighBits = function getHighBits() {
          return this.high;
        };
        LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
          return this.high >>> 0;
        };
        LongPrototype.getLowBits = function getLowBits() {
          return this.low;
        };
        LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
          return this.low >>> 0;
        };
        LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
          if (this.isNegative())
            return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
          var val = this.high != 0 ? this.high : this.low;
          for (var bit = 31; bit > 0; bit--) if ((val & 1 << bit) != 0) break;
          return this.high != 0 ? bit + 33 : bit + 1;
        };
        LongPrototype.isSafeInteger = function isSafeInteger() {
          var top11Bits = this.high >> 21;
          if (!top11Bits) return true;
          if (this.unsigned) return false;
          return top11Bits === -1 && !(this.low === 0 && this.high === -2097152);
        };
        LongPrototype.isZero = function isZero() {
          return this.high === 0 && this.low === 0;
        };
        LongPrototype.eqz = LongPrototype.isZero;
        LongPrototype.isNegative = function isNegative() {
          return !this.unsigned && this.high < 0;
        };
        LongPrototype.isPositive = function isPositive() {
          return this.unsigned || this.high >= 0;
        };
        LongPrototype.isOdd = function isOdd() {
          return (this.low & 1) === 1;
        };
        LongPrototype.isEven = function isEven() {
          return (this.low & 1) === 0;
        };
        LongPrototype.equals = function equals(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.unsigned !== other.unsigned && this.high >>> 31 === 1 && other.high >>> 31 === 1)
            return false;
          return this.high === other.high && this.low === other.low;
        };
        LongPrototype.eq = LongPrototype.equals;
        LongPrototype.notEquals = function notEquals(other) {
          return !this.eq(
            /* validates */
            other
          );
        };
        LongPrototype.neq = LongPrototype.notEquals;
        LongPrototype.ne = LongPrototype.notEquals;
        LongPrototype.lessThan = function lessThan(other) {
          return this.comp(
            /* validates */
            other
          ) < 0;
        };
        LongPrototype.lt = LongPrototype.lessThan;
        LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) <= 0;
        };
        LongPrototype.lte = LongPrototype.lessThanOrEqual;
        LongPrototype.le = LongPrototype.lessThanOrEqual;
        LongPrototype.greaterThan = function greaterThan(other) {
          return this.comp(
            /* validates */
            other
          ) > 0;
        };
        LongPrototype.gt = LongPrototype.greaterThan;
        LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
          return this.comp(
            /* validates */
            other
          ) >= 0;
        };
        LongPrototype.gte = LongPrototype.greaterThanOrEqual;
        LongPrototype.ge = LongPrototype.greaterThanOrEqual;
        LongPrototype.compare = function compare(other) {
          if (!isLong(other)) other = fromValue(other);
          if (this.eq(other)) return 0;
          var thisNeg = this.isNegative(), otherNeg = other.isNegative();
          if (thisNeg && !otherNeg) return -1;
          if (!thisNeg && otherNeg) return 1;
          if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
          return other.high >>> 0 > this.high >>> 0 || other.high === this.high && other.low >>> 0 > this.low >>> 0 ? -1 : 1;
        };
        LongPrototype.comp = LongPrototype.compare;
        LongPrototype.negate = function negate() {
          if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
          return this.not().add(ONE);
        };
        LongPrototype.neg = LongPrototype.negate;
        LongPrototype.add = function add2(addend) {
          if (!isLong(addend)) addend = fromValue(addend);
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = addend.high >>> 16;
          var b32 = addend.high & 65535;
          var b16 = addend.low >>> 16;
          var b00 = addend.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 + b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 + b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 + b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 + b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.subtract = function subtract(subtrahend) {
          if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
          return this.add(subtrahend.neg());
        };
        LongPrototype.sub = LongPrototype.subtract;
        LongPrototype.multiply = function multiply(multiplier) {
          if (this.isZero()) return this;
          if (!isLong(multiplier)) multiplier = fromValue(multiplier);
          if (wasm) {
            var low = wasm["mul"](
              this.low,
              this.high,
              multiplier.low,
              multiplier.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
          if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
          if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
          if (this.isNegative()) {
            if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
            else return this.neg().mul(multiplier).neg();
          } else if (multiplier.isNegative())
            return this.mul(multiplier.neg()).neg();
          if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
            return fromNumber(
              this.toNumber() * multiplier.toNumber(),
              this.unsigned
            );
          var a48 = this.high >>> 16;
          var a32 = this.high & 65535;
          var a16 = this.low >>> 16;
          var a00 = this.low & 65535;
          var b48 = multiplier.high >>> 16;
          var b32 = multiplier.high & 65535;
          var b16 = multiplier.low >>> 16;
          var b00 = multiplier.low & 65535;
          var c48 = 0, c32 = 0, c16 = 0, c00 = 0;
          c00 += a00 * b00;
          c16 += c00 >>> 16;
          c00 &= 65535;
          c16 += a16 * b00;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c16 += a00 * b16;
          c32 += c16 >>> 16;
          c16 &= 65535;
          c32 += a32 * b00;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a16 * b16;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c32 += a00 * b32;
          c48 += c32 >>> 16;
          c32 &= 65535;
          c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
          c48 &= 65535;
          return fromBits(c16 << 16 | c00, c48 << 16 | c32, this.unsigned);
        };
        LongPrototype.mul = LongPrototype.multiply;
        LongPrototype.divide = function divide(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (divisor.isZero()) throw Error("division by zero");
          if (wasm) {
            if (!this.unsigned && this.high === -2147483648 && divisor.low === -1 && divisor.high === -1) {
              return this;
            }
            var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          if (this.isZero()) return this.unsigned ? UZERO : ZERO;
          var approx, rem, res;
          if (!this.unsigned) {
            if (this.eq(MIN_VALUE)) {
              if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
                return MIN_VALUE;
              else if (divisor.eq(MIN_VALUE)) return ONE;
              else {
                var halfThis = this.shr(1);
                approx = halfThis.div(divisor).shl(1);
                if (approx.eq(ZERO)) {
                  return divisor.isNegative() ? ONE : NEG_ONE;
                } else {
                  rem = this.sub(divisor.mul(approx));
                  res = approx.add(rem.div(divisor));
                  return res;
                }
              }
            } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
            if (this.isNegative()) {
              if (divisor.isNegative()) return this.neg().div(divisor.neg());
              return this.neg().div(divisor).neg();
            } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
            res = ZERO;
          } else {
            if (!divisor.unsigned) divisor = divisor.toUnsigned();
            if (divisor.gt(this)) return UZERO;
            if (divisor.gt(this.shru(1)))
              return UONE;
            res = UZERO;
          }
          rem = this;
          while (rem.gte(divisor)) {
            approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));
            var log2 = Math.ceil(Math.log(approx) / Math.LN2), delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48), approxRes = fromNumber(approx), approxRem = approxRes.mul(divisor);
            while (approxRem.isNegative() || approxRem.gt(rem)) {
              approx -= delta;
              approxRes = fromNumber(approx, this.unsigned);
              approxRem = approxRes.mul(divisor);
            }
            if (approxRes.isZero()) approxRes = ONE;
            res = res.add(approxRes);
            rem = rem.sub(approxRem);
          }
          return res;
        };
        LongPrototype.div = LongPrototype.divide;
        LongPrototype.modulo = function modulo(divisor) {
          if (!isLong(divisor)) divisor = fromValue(divisor);
          if (wasm) {
            var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
              this.low,
              this.high,
              divisor.low,
              divisor.high
            );
            return fromBits(low, wasm["get_high"](), this.unsigned);
          }
          return this.sub(this.div(divisor).mul(divisor));
        };
        LongPrototype.mod = LongPrototype.modulo;
        LongPrototype.rem = LongPrototype.modulo;
        LongPrototype.not = function not() {
          return fromBits(~this.low, ~this.high, this.unsigned);
        };
        LongPrototype.countLeadingZeros = function countLeadingZeros() {
          return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
        };
        LongPrototype.clz = LongPrototype.countLeadingZeros;
        LongPrototype.countTrailingZeros = function countTrailingZeros() {
          return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
        };
        LongPrototype.ctz = LongPrototype.countTrailingZeros;
        LongPrototype.and = function and(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low & other.low,
            this.high & other.high,
            this.unsigned
          );
        };
        LongPrototype.or = function or(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low | other.low,
            this.high | other.high,
            this.unsigned
          );
        };
        LongPrototype.xor = function xor(other) {
          if (!isLong(other)) other = fromValue(other);
          return fromBits(
            this.low ^ other.low,
            this.high ^ other.high,
            this.unsigned
          );
        };
        LongPrototype.shiftLeft = function shiftLeft(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low << numBits,
              this.high << numBits | this.low >>> 32 - numBits,
              this.unsigned
            );
          else return fromBits(0, this.low << numBits - 32, this.unsigned);
        };
        LongPrototype.shl = LongPrototype.shiftLeft;
        LongPrototype.shiftRight = function shiftRight(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          else if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >> numBits,
              this.unsigned
            );
          else
            return fromBits(
              this.high >> numBits - 32,
              this.high >= 0 ? 0 : -1,
              this.unsigned
            );
        };
        LongPrototype.shr = LongPrototype.shiftRight;
        LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits < 32)
            return fromBits(
              this.low >>> numBits | this.high << 32 - numBits,
              this.high >>> numBits,
              this.unsigned
            );
          if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
          return fromBits(this.high >>> numBits - 32, 0, this.unsigned);
        };
        LongPrototype.shru = LongPrototype.shiftRightUnsigned;
        LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;
        LongPrototype.rotateLeft = function rotateLeft(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.low << numBits | this.high >>> b,
              this.high << numBits | this.low >>> b,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.high << numBits | this.low >>> b,
            this.low << numBits | this.high >>> b,
            this.unsigned
          );
        };
        LongPrototype.rotl = LongPrototype.rotateLeft;
        LongPrototype.rotateRight = function rotateRight(numBits) {
          var b;
          if (isLong(numBits)) numBits = numBits.toInt();
          if ((numBits &= 63) === 0) return this;
          if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
          if (numBits < 32) {
            b = 32 - numBits;
            return fromBits(
              this.high << b | this.low >>> numBits,
              this.low << b | this.high >>> numBits,
              this.unsigned
            );
          }
          numBits -= 32;
          b = 32 - numBits;
          return fromBits(
            this.low << b | this.high >>> numBits,
            this.high << b | this.low >>> numBits,
            this.unsigned
          );
        };
        LongPrototype.rotr = LongPrototype.rotateRight;
        LongPrototype.toSigned = function toSigned() {
          if (!this.unsigned) return this;
          return fromBits(this.low, this.high, false);
        };
        LongPrototype.toUnsigned = function toUnsigned() {
          if (this.unsigned) return this;
          return fromBits(this.low, this.high, true);
        };
        LongPrototype.toBytes = function toBytes(le) {
          return le ? this.toBytesLE() : this.toBytesBE();
        };
        LongPrototype.toBytesLE = function toBytesLE() {
          var hi = this.high, lo = this.low;
          return [
            lo & 255,
            lo >>> 8 & 255,
            lo >>> 16 & 255,
            lo >>> 24,
            hi & 255,
            hi >>> 8 & 255,
            hi >>> 16 & 255,
            hi >>> 24
          ];
        };
        LongPrototype.toBytesBE = function toBytesBE() {
          var hi = this.high, lo = this.low;
          return [
            hi >>> 24,
            hi >>> 16 & 255,
            hi >>> 8 & 255,
            hi & 255,
            lo >>> 24,
            lo >>> 16 & 255,
            lo >>> 8 & 255,
            lo & 255
          ];
        };
        Long.fromBytes = function fromBytes(bytes, unsigned, le) {
          return le ? Long.fromBytesLE(bytes, unsigned) : Long.fromBytesBE(bytes, unsigned);
        };
        Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
          return new Long(
            bytes[0] | bytes[1] << 8 | bytes[2] << 16 | bytes[3] << 24,
            bytes[4] | bytes[5] << 8 | bytes[6] << 16 | bytes[7] << 24,
            unsigned
          );
        };
        Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
          return new Long(
            bytes[4] << 24 | bytes[5] << 16 | bytes[6] << 8 | bytes[7],
            bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3],
            unsigned
          );
        };
        if (typeof BigInt === "function") {
          Long.fromBigInt = function fromBigInt(value, unsigned) {
            var lowBits = Number(BigInt.asIntN(32, value));
            var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
            return fromBits(lowBits, highBits, unsigned);
          };
          Long.fromValue = function fromValueWithBigInt(value, unsigned) {
            if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
            return fromValue(value, unsigned);
          };
          LongPrototype.toBigInt = function toBigInt() {
            var lowBigInt = BigInt(this.low >>> 0);
            var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
            return highBigInt << BigInt(32) | lowBigInt;
          };
        }
        var _default = _exports.default = Long;
      }
    );
  }
});

// node_modules/@homebridge/dbus-native/lib/marshallers.js
var require_marshallers = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/marshallers.js"(exports) {
    var Buffer2 = require_safe_buffer().Buffer;
    var align = require_align().align;
    var parseSignature = require_signature();
    var Long = require_umd();
    var MakeSimpleMarshaller = function(signature) {
      var marshaller = {};
      function checkValidString(data) {
        if (typeof data !== "string") {
          throw new Error(`Data: ${data} was not of type string`);
        } else if (data.indexOf("\0") !== -1) {
          throw new Error("String contains null byte");
        }
      }
      function checkValidSignature(data) {
        if (data.length > 255) {
          throw new Error(
            `Data: ${data} is too long for signature type (${data.length} > 255)`
          );
        }
        var parenCount = 0;
        for (var ii = 0; ii < data.length; ++ii) {
          if (parenCount > 32) {
            throw new Error(
              `Maximum container type nesting exceeded in signature type:${data}`
            );
          }
          switch (data[ii]) {
            case "(":
              ++parenCount;
              break;
            case ")":
              --parenCount;
              break;
            default:
              break;
          }
        }
        parseSignature(data);
      }
      switch (signature) {
        case "o":
        // object path
        // TODO: verify object path here?
        case "s":
          marshaller.check = function(data) {
            checkValidString(data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            align(ps, 4);
            const buff = Buffer2.from(data, "utf8");
            ps.word32le(buff.length).put(buff).word8(0);
            ps._offset += 5 + buff.length;
          };
          break;
        case "g":
          marshaller.check = function(data) {
            checkValidString(data);
            checkValidSignature(data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            const buff = Buffer2.from(data, "ascii");
            ps.word8(data.length).put(buff).word8(0);
            ps._offset += 2 + buff.length;
          };
          break;
        case "y":
          marshaller.check = function(data) {
            checkInteger(data);
            checkRange(0, 255, data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            ps.word8(data);
            ps._offset++;
          };
          break;
        case "b":
          marshaller.check = function(data) {
            checkBoolean(data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            data = data ? 1 : 0;
            align(ps, 4);
            ps.word32le(data);
            ps._offset += 4;
          };
          break;
        case "n":
          marshaller.check = function(data) {
            checkInteger(data);
            checkRange(-32767 - 1, 32767, data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            align(ps, 2);
            const buff = Buffer2.alloc(2);
            buff.writeInt16LE(parseInt(data), 0);
            ps.put(buff);
            ps._offset += 2;
          };
          break;
        case "q":
          marshaller.check = function(data) {
            checkInteger(data);
            checkRange(0, 65535, data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            align(ps, 2);
            ps.word16le(data);
            ps._offset += 2;
          };
          break;
        case "i":
          marshaller.check = function(data) {
            checkInteger(data);
            checkRange(-2147483647 - 1, 2147483647, data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            align(ps, 4);
            const buff = Buffer2.alloc(4);
            buff.writeInt32LE(parseInt(data), 0);
            ps.put(buff);
            ps._offset += 4;
          };
          break;
        case "u":
          marshaller.check = function(data) {
            checkInteger(data);
            checkRange(0, 4294967295, data);
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            align(ps, 4);
            ps.word32le(data);
            ps._offset += 4;
          };
          break;
        case "t":
          marshaller.check = function(data) {
            return checkLong(data, false);
          };
          marshaller.marshall = function(ps, data) {
            data = this.check(data);
            align(ps, 8);
            ps.word32le(data.low);
            ps.word32le(data.high);
            ps._offset += 8;
          };
          break;
        case "x":
          marshaller.check = function(data) {
            return checkLong(data, true);
          };
          marshaller.marshall = function(ps, data) {
            data = this.check(data);
            align(ps, 8);
            ps.word32le(data.low);
            ps.word32le(data.high);
            ps._offset += 8;
          };
          break;
        case "d":
          marshaller.check = function(data) {
            if (typeof data !== "number") {
              throw new Error(`Data: ${data} was not of type number`);
            } else if (Number.isNaN(data)) {
              throw new Error(`Data: ${data} was not a number`);
            } else if (!Number.isFinite(data)) {
              throw new Error("Number outside range");
            }
          };
          marshaller.marshall = function(ps, data) {
            this.check(data);
            align(ps, 8);
            const buff = Buffer2.alloc(8);
            buff.writeDoubleLE(parseFloat(data), 0);
            ps.put(buff);
            ps._offset += 8;
          };
          break;
        default:
          throw new Error(`Unknown data type format: ${signature}`);
      }
      return marshaller;
    };
    exports.MakeSimpleMarshaller = MakeSimpleMarshaller;
    var checkRange = function(minValue, maxValue, data) {
      if (data > maxValue || data < minValue) {
        throw new Error("Number outside range");
      }
    };
    var checkInteger = function(data) {
      if (typeof data !== "number") {
        throw new Error(`Data: ${data} was not of type number`);
      }
      if (Math.floor(data) !== data) {
        throw new Error(`Data: ${data} was not an integer`);
      }
    };
    var checkBoolean = function(data) {
      if (!(typeof data === "boolean" || data === 0 || data === 1))
        throw new Error(`Data: ${data} was not of type boolean`);
    };
    var makeLong = function(val, signed) {
      if (val instanceof Long) return val;
      if (val instanceof Number) val = val.valueOf();
      if (typeof val === "number") {
        try {
          checkInteger(val);
          if (signed) {
            checkRange(-9007199254740991, 9007199254740991, val);
          } else {
            checkRange(0, 9007199254740991, val);
          }
        } catch (e) {
          e.message += " (Number type can only carry 53 bit integer)";
          throw e;
        }
        try {
          return Long.fromNumber(val, !signed);
        } catch (e) {
          e.message = `Error converting number to 64bit integer "${e.message}"`;
          throw e;
        }
      }
      if (typeof val === "string" || val instanceof String) {
        var radix = 10;
        val = val.trim().toUpperCase();
        if (val.substring(0, 2) === "0X") {
          radix = 16;
          val = val.substring(2);
        } else if (val.substring(0, 3) === "-0X") {
          radix = 16;
          val = `-${val.substring(3)}`;
        }
        val = val.replace(/^0+(?=\d)/, "");
        var data;
        try {
          data = Long.fromString(val, !signed, radix);
        } catch (e) {
          e.message = `Error converting string to 64bit integer '${e.message}'`;
          throw e;
        }
        if (data.toString(radix).toUpperCase() !== val)
          throw new Error(
            `Data: '${val}' did not convert correctly to ${signed ? "signed" : "unsigned"} 64 bit`
          );
        return data;
      }
      try {
        return Long.fromBits(val.low, val.high, val.unsigned);
      } catch (e) {
        e.message = `Error converting object to 64bit integer '${e.message}'`;
        throw e;
      }
    };
    var checkLong = function(data, signed) {
      if (!Long.isLong(data)) {
        data = makeLong(data, signed);
      }
      if (signed) {
        if (data.unsigned)
          throw new Error(
            "Longjs object is unsigned, but marshalling into signed 64 bit field"
          );
        if (data.gt(Long.MAX_VALUE) || data.lt(Long.MIN_VALUE)) {
          throw new Error(`Data: ${data} was out of range (64-bit signed)`);
        }
      } else {
        if (!data.unsigned)
          throw new Error(
            "Longjs object is signed, but marshalling into unsigned 64 bit field"
          );
        if (data.gt(Long.MAX_UNSIGNED_VALUE) || data.lt(0)) {
          throw new Error(`Data: ${data} was out of range (64-bit unsigned)`);
        }
      }
      return data;
    };
  }
});

// node_modules/@homebridge/dbus-native/lib/marshall.js
var require_marshall = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/marshall.js"(exports, module) {
    var assert = __require("assert");
    var parseSignature = require_signature();
    var put = require_put();
    var Marshallers = require_marshallers();
    var align = require_align().align;
    module.exports = function marshall(signature, data, offset) {
      if (typeof offset === "undefined") offset = 0;
      var tree = parseSignature(signature);
      if (!Array.isArray(data) || data.length !== tree.length) {
        throw new Error(
          `message body does not match message signature. Body:${JSON.stringify(
            data
          )}, signature:${signature}`
        );
      }
      var putstream = put();
      putstream._offset = offset;
      var buf = writeStruct(putstream, tree, data).buffer();
      return buf;
    };
    function writeStruct(ps, tree, data) {
      if (tree.length !== data.length) {
        throw new Error("Invalid struct data");
      }
      for (var i = 0; i < tree.length; ++i) {
        write(ps, tree[i], data[i]);
      }
      return ps;
    }
    function write(ps, ele, data) {
      switch (ele.type) {
        case "(":
        case "{":
          align(ps, 8);
          writeStruct(ps, ele.child, data);
          break;
        case "a":
          var arrPut = put();
          arrPut._offset = ps._offset;
          var _offset = arrPut._offset;
          writeSimple(arrPut, "u", 0);
          var lengthOffset = arrPut._offset - 4 - _offset;
          if (["x", "t", "d", "{", "("].indexOf(ele.child[0].type) !== -1)
            align(arrPut, 8);
          var startOffset = arrPut._offset;
          for (var i = 0; i < data.length; ++i)
            write(arrPut, ele.child[0], data[i]);
          var arrBuff = arrPut.buffer();
          var length = arrPut._offset - startOffset;
          arrBuff.writeUInt32LE(length, lengthOffset);
          ps.put(arrBuff);
          ps._offset += arrBuff.length;
          break;
        case "v":
          assert.equal(data.length, 2, "variant data should be [signature, data]");
          var signatureEle = {
            type: "g",
            child: []
          };
          write(ps, signatureEle, data[0]);
          var tree = parseSignature(data[0]);
          assert(tree.length === 1);
          write(ps, tree[0], data[1]);
          break;
        default:
          return writeSimple(ps, ele.type, data);
      }
    }
    var stringTypes = ["g", "o", "s"];
    function writeSimple(ps, type, data) {
      if (typeof data === "undefined")
        throw new Error(
          "Serialisation of JS 'undefined' type is not supported by d-bus"
        );
      if (data === null)
        throw new Error("Serialisation of null value is not supported by d-bus");
      if (Buffer.isBuffer(data)) data = data.toString();
      if (stringTypes.indexOf(type) !== -1 && typeof data !== "string") {
        throw new Error(
          `Expected string or buffer argument, got ${JSON.stringify(
            data
          )} of type '${type}'`
        );
      }
      var simpleMarshaller = Marshallers.MakeSimpleMarshaller(type);
      simpleMarshaller.marshall(ps, data);
      return ps;
    }
  }
});

// node_modules/@homebridge/dbus-native/lib/constants.js
var require_constants = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/constants.js"(exports, module) {
    module.exports = {
      messageType: {
        invalid: 0,
        methodCall: 1,
        methodReturn: 2,
        error: 3,
        signal: 4
      },
      headerTypeName: [
        null,
        "path",
        "interface",
        "member",
        "errorName",
        "replySerial",
        "destination",
        "sender",
        "signature"
      ],
      // TODO: merge to single hash? e.g path -> [1, 'o']
      fieldSignature: {
        path: "o",
        interface: "s",
        member: "s",
        errorName: "s",
        replySerial: "u",
        destination: "s",
        sender: "s",
        signature: "g"
      },
      headerTypeId: {
        path: 1,
        interface: 2,
        member: 3,
        errorName: 4,
        replySerial: 5,
        destination: 6,
        sender: 7,
        signature: 8
      },
      protocolVersion: 1,
      flags: {
        noReplyExpected: 1,
        noAutoStart: 2
      },
      endianness: {
        le: 108,
        be: 66
      },
      messageSignature: "yyyyuua(yv)",
      defaultAuthMethods: ["EXTERNAL", "DBUS_COOKIE_SHA1", "ANONYMOUS"]
    };
  }
});

// node_modules/@homebridge/dbus-native/lib/dbus-buffer.js
var require_dbus_buffer = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/dbus-buffer.js"(exports, module) {
    var Long = require_umd();
    var parseSignature = require_signature();
    function DBusBuffer(buffer, startPos, options) {
      if (typeof options !== "object") {
        options = { ayBuffer: true, ReturnLongjs: false };
      } else if (options.ayBuffer === void 0) {
        options.ayBuffer = true;
      }
      this.options = options;
      this.buffer = buffer;
      this.le = options.littleEndian !== false;
      this.startPos = startPos ? startPos : 0, this.pos = 0;
    }
    DBusBuffer.prototype.align = function(power) {
      var allbits = (1 << power) - 1;
      var paddedOffset = this.pos + this.startPos + allbits >> power << power;
      this.pos = paddedOffset - this.startPos;
    };
    DBusBuffer.prototype.readInt8 = function() {
      this.pos++;
      return this.buffer[this.pos - 1];
    };
    DBusBuffer.prototype.readSInt16 = function() {
      this.align(1);
      var res = this.le ? this.buffer.readInt16LE(this.pos) : this.buffer.readInt16BE(this.pos);
      this.pos += 2;
      return res;
    };
    DBusBuffer.prototype.readInt16 = function() {
      this.align(1);
      var res = this.le ? this.buffer.readUInt16LE(this.pos) : this.buffer.readUInt16BE(this.pos);
      this.pos += 2;
      return res;
    };
    DBusBuffer.prototype.readSInt32 = function() {
      this.align(2);
      var res = this.le ? this.buffer.readInt32LE(this.pos) : this.buffer.readInt32BE(this.pos);
      this.pos += 4;
      return res;
    };
    DBusBuffer.prototype.readInt32 = function() {
      this.align(2);
      var res = this.le ? this.buffer.readUInt32LE(this.pos) : this.buffer.readUInt32BE(this.pos);
      this.pos += 4;
      return res;
    };
    DBusBuffer.prototype.readDouble = function() {
      this.align(3);
      var res = this.le ? this.buffer.readDoubleLE(this.pos) : this.buffer.readDoubleBE(this.pos);
      this.pos += 8;
      return res;
    };
    DBusBuffer.prototype.readString = function(len) {
      if (len === 0) {
        this.pos++;
        return "";
      }
      var res = this.buffer.toString("utf8", this.pos, this.pos + len);
      this.pos += len + 1;
      return res;
    };
    DBusBuffer.prototype.readTree = function readTree(tree) {
      switch (tree.type) {
        case "(":
        case "{":
        case "r":
          this.align(3);
          return this.readStruct(tree.child);
        case "a":
          if (!tree.child || tree.child.length !== 1)
            throw new Error("Incorrect array element signature");
          var arrayBlobLength = this.readInt32();
          return this.readArray(tree.child[0], arrayBlobLength);
        case "v":
          return this.readVariant();
        default:
          return this.readSimpleType(tree.type);
      }
    };
    DBusBuffer.prototype.read = function read(signature) {
      var tree = parseSignature(signature);
      return this.readStruct(tree);
    };
    DBusBuffer.prototype.readVariant = function readVariant() {
      var signature = this.readSimpleType("g");
      var tree = parseSignature(signature);
      return [tree, this.readStruct(tree)];
    };
    DBusBuffer.prototype.readStruct = function readStruct(struct) {
      var result = [];
      for (var i = 0; i < struct.length; ++i) {
        result.push(this.readTree(struct[i]));
      }
      return result;
    };
    DBusBuffer.prototype.readArray = function readArray(eleType, arrayBlobSize) {
      var result;
      var start = this.pos;
      if (eleType.type === "y" && this.options.ayBuffer) {
        this.pos += arrayBlobSize;
        return this.buffer.slice(start, this.pos);
      }
      if (["x", "t", "d", "{", "(", "r"].indexOf(eleType.type) !== -1)
        this.align(3);
      var end = this.pos + arrayBlobSize;
      result = [];
      while (this.pos < end) result.push(this.readTree(eleType));
      return result;
    };
    DBusBuffer.prototype.readSimpleType = function readSimpleType(t) {
      var data, len, word0, word1;
      switch (t) {
        case "y":
          return this.readInt8();
        case "b":
          return this.readInt32() ? true : false;
        case "n":
          return this.readSInt16();
        case "q":
          return this.readInt16();
        case "u":
          return this.readInt32();
        case "i":
          return this.readSInt32();
        case "g":
          len = this.readInt8();
          return this.readString(len);
        case "s":
        case "o":
          len = this.readInt32();
          return this.readString(len);
        // TODO: validate object path here
        //if (t === 'o' && !isValidObjectPath(str))
        //  throw new Error('string is not a valid object path'));
        case "x":
          this.align(3);
          word0 = this.readInt32();
          word1 = this.readInt32();
          data = this.le ? Long.fromBits(word0, word1, false) : Long.fromBits(word1, word0, false);
          if (this.options.ReturnLongjs) return data;
          return data.toNumber();
        // convert to number (good up to 53 bits)
        case "t":
          this.align(3);
          word0 = this.readInt32();
          word1 = this.readInt32();
          data = this.le ? Long.fromBits(word0, word1, true) : Long.fromBits(word1, word0, true);
          if (this.options.ReturnLongjs) return data;
          return data.toNumber();
        // convert to number (good up to 53 bits)
        case "d":
          return this.readDouble();
        default:
          throw new Error(`Unsupported type: ${t}`);
      }
    };
    module.exports = DBusBuffer;
  }
});

// node_modules/@homebridge/dbus-native/lib/header-signature.json
var require_header_signature = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/header-signature.json"(exports, module) {
    module.exports = [
      {
        type: "a",
        child: [
          {
            type: "(",
            child: [
              {
                type: "y",
                child: []
              },
              {
                type: "v",
                child: []
              }
            ]
          }
        ]
      }
    ];
  }
});

// node_modules/@homebridge/dbus-native/lib/message.js
var require_message = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/message.js"(exports, module) {
    var Buffer2 = require_safe_buffer().Buffer;
    var marshall = require_marshall();
    var constants = require_constants();
    var DBusBuffer = require_dbus_buffer();
    var headerSignature = require_header_signature();
    module.exports.unmarshalMessages = function messageParser(stream, onMessage, opts) {
      var state = 0;
      var header, fieldsAndBody;
      var fieldsLength, fieldsLengthPadded;
      var fieldsAndBodyLength = 0;
      var bodyLength = 0;
      var le;
      stream.on("readable", function() {
        while (1) {
          if (state === 0) {
            header = stream.read(16);
            if (!header) break;
            state = 1;
            le = header[0] === constants.endianness.le;
            fieldsLength = le ? header.readUInt32LE(12) : header.readUInt32BE(12);
            fieldsLengthPadded = fieldsLength + 7 >> 3 << 3;
            bodyLength = le ? header.readUInt32LE(4) : header.readUInt32BE(4);
            fieldsAndBodyLength = fieldsLengthPadded + bodyLength;
          } else {
            fieldsAndBody = stream.read(fieldsAndBodyLength);
            if (!fieldsAndBody) break;
            state = 0;
            var bufferOpts = Object.assign({}, opts, { littleEndian: le });
            var messageBuffer = new DBusBuffer(
              fieldsAndBody,
              void 0,
              bufferOpts
            );
            var unmarshalledHeader = messageBuffer.readArray(
              headerSignature[0].child[0],
              fieldsLength
            );
            messageBuffer.align(3);
            var headerName;
            var message = {};
            message.serial = le ? header.readUInt32LE(8) : header.readUInt32BE(8);
            for (var i = 0; i < unmarshalledHeader.length; ++i) {
              headerName = constants.headerTypeName[unmarshalledHeader[i][0]];
              message[headerName] = unmarshalledHeader[i][1][1][0];
            }
            message.type = header[1];
            message.flags = header[2];
            if (bodyLength > 0 && message.signature) {
              message.body = messageBuffer.read(message.signature);
            }
            onMessage(message);
          }
        }
      });
    };
    module.exports.unmarshall = function unmarshall(buff, opts) {
      var le = buff[0] === constants.endianness.le;
      var bufferOpts = Object.assign({}, opts, { littleEndian: le });
      var msgBuf = new DBusBuffer(buff, void 0, bufferOpts);
      var headers = msgBuf.read("yyyyuua(yv)");
      var message = {};
      for (var i = 0; i < headers[6].length; ++i) {
        var headerName = constants.headerTypeName[headers[6][i][0]];
        message[headerName] = headers[6][i][1][1][0];
      }
      message.type = headers[1];
      message.flags = headers[2];
      message.serial = headers[5];
      msgBuf.align(3);
      message.body = msgBuf.read(message.signature);
      return message;
    };
    module.exports.marshall = function marshallMessage(message) {
      if (!message.serial) throw new Error("Missing or invalid serial");
      var flags = message.flags || 0;
      var type = message.type || constants.messageType.methodCall;
      var bodyLength = 0;
      var bodyBuff;
      if (message.signature && message.body) {
        bodyBuff = marshall(message.signature, message.body);
        bodyLength = bodyBuff.length;
      }
      var header = [
        constants.endianness.le,
        type,
        flags,
        constants.protocolVersion,
        bodyLength,
        message.serial
      ];
      var headerBuff = marshall("yyyyuu", header);
      var fields = [];
      constants.headerTypeName.forEach(function(fieldName) {
        var fieldVal = message[fieldName];
        if (fieldVal) {
          fields.push([
            constants.headerTypeId[fieldName],
            [constants.fieldSignature[fieldName], fieldVal]
          ]);
        }
      });
      var fieldsBuff = marshall("a(yv)", [fields], 12);
      var headerLenAligned = headerBuff.length + fieldsBuff.length + 7 >> 3 << 3;
      var messageLen = headerLenAligned + bodyLength;
      var messageBuff = Buffer2.alloc(messageLen);
      headerBuff.copy(messageBuff);
      fieldsBuff.copy(messageBuff, headerBuff.length);
      if (bodyLength > 0) bodyBuff.copy(messageBuff, headerLenAligned);
      return messageBuff;
    };
  }
});

// ts/cli/options.ts
import { parseArgs } from "node:util";

// ts/errors/errors.ts
var ERROR_CODES = {
  ERR_SWAYSOCK_USAGE: "a command line the program does not accept",
  ERR_SWAYSOCK_VARIABLE_NAME: "a `swaysock session --env` argument whose name is no environment variable name",
  ERR_SWAYSOCK_LISTEN_ADDRESS: "a `--metrics-listen` address the daemon does not accept",
  ERR_SWAYSOCK_CONNECT: "a Unix socket could not be connected to (`systemCode`: the errno name, `ETIMEDOUT` past the deadline)",
  ERR_SWAYSOCK_UNSAFE_DIRECTORY: "a directory that must be private is not (a symlink, another owner, group or other access)",
  ERR_SWAYSOCK_LOCK_TIMEOUT: "a PID lock could not be taken before its deadline",
  ERR_SWAYSOCK_LOCK_UNSTABLE: "a PID lock file kept changing while it was being taken",
  ERR_SWAYSOCK_EXEC: "a program we run (systemctl, ss, loginctl) is missing or failed",
  ERR_SWAYSOCK_IPC_TIMEOUT: "Sway gave no IPC reply in time",
  ERR_SWAYSOCK_IPC_CLOSED: "Sway's IPC connection closed before the reply",
  ERR_SWAYSOCK_IPC_REPLY: "an IPC reply that is not the JSON the request expects",
  ERR_SWAYSOCK_IPC_BAD_MAGIC: 'an IPC frame without the "i3-ipc" magic string',
  ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE: "an IPC frame whose payload exceeds the decoder's bound",
  ERR_SWAYSOCK_DBUS_ADDRESS: "a D-Bus address with no Unix socket in it",
  ERR_SWAYSOCK_DBUS_CONNECT: "a D-Bus socket could not be connected to",
  ERR_SWAYSOCK_DBUS_AUTH: "the D-Bus peer refused the authentication or `Hello`",
  ERR_SWAYSOCK_DBUS_TIMEOUT: "no D-Bus reply within the deadline",
  ERR_SWAYSOCK_DBUS_CLOSED: "the D-Bus connection closed or failed",
  ERR_SWAYSOCK_DBUS_CALL: "the D-Bus peer answered with an error (`dbusName`)",
  ERR_SWAYSOCK_DBUS_REPLY: "a D-Bus message that cannot be encoded or decoded, or a reply of the wrong shape",
  ERR_SWAYSOCK_JOB_FAILED: "a systemd job ended with a result other than `done` or `skipped`",
  ERR_SWAYSOCK_DAEMON_UNREACHABLE: "swaysock-healthd's socket could not be connected to (`systemCode`: the errno name)",
  ERR_SWAYSOCK_DAEMON_RPC: "swaysock-healthd answered with a JSON-RPC error (`rpcName`, `rpcCode`)",
  ERR_SWAYSOCK_DAEMON_CLOSED: "swaysock-healthd closed the connection before the answer",
  ERR_SWAYSOCK_DAEMON_TIMEOUT: "swaysock-healthd gave no answer within the deadline",
  ERR_SWAYSOCK_RPC: "a method handler of the daemon answers with a JSON-RPC error (`rpcCode`)",
  ERR_SWAYSOCK_SOCKET_PATH: "a socket cannot be served at its path (unsafe directory, not a socket, served by another)",
  ERR_SWAYSOCK_SESSION_LOCKED: "another `swaysock session` holds the session lock",
  ERR_SWAYSOCK_CLEANUP: "the cleanup could not run (runtime directory unreadable, lock not taken)",
  ERR_SWAYSOCK_MIGRATE: "a unit cannot be migrated to sway-session.target",
  ERR_SWAYSOCK_UNIT_KIND: "a unit file name of a kind swaysock does not make",
  ERR_SWAYSOCK_UNIT_SETTING: "a unit setting with no value (a default of null that nobody filled in)",
  ERR_SWAYSOCK_UNIT_WORD: "a word of a unit command line that would need quoting",
  ERR_SWAYSOCK_INSTALLATION: "where swaysock is installed cannot be told, or the installation lacks a program",
  ERR_SWAYSOCK_NO_SWAY: "no live Sway IPC socket was found",
  ERR_SWAYSOCK_SWAY_UNREACHABLE: "Sway could not be connected to, or did not answer",
  ERR_SWAYSOCK_INCLUDE_UNRESOLVED: "a Sway config `include` that doctor does not expand (command substitution, a character wordexp(3) refuses, an unclosed quote)",
  ERR_SWAYSOCK_CHECK_DEADLINE: "a doctor check gave no result within its deadline",
  ERR_SWAYSOCK_FILE: "a file could not be read, written or removed",
  ERR_SWAYSOCK_NO_HISTORY: "no daemon answered and no health history file was found",
  ERR_SWAYSOCK_STABLE_SOCKET: "`swaysock env` cannot name the stable socket (nothing listens, open to others, or not served)"
};
var SwaysockError = class extends Error {
  code;
  /** @param options `cause`: the error this one reports (kept, not shown in `message`). */
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = "SwaysockError";
  }
};
function hasCode(err, ...codes) {
  if (!(err instanceof Error) || !("code" in err) || typeof err.code !== "string" || !Object.hasOwn(ERROR_CODES, err.code)) return false;
  return codes.length === 0 || codes.includes(err.code);
}

// ts/cli/usage.ts
var EXIT_FAILURE = 1;
var EXIT_DAEMON_UNREACHABLE = 2;
var EXIT_USAGE = 64;
var EXIT_CODES = {
  ERR_SWAYSOCK_USAGE: EXIT_USAGE,
  ERR_SWAYSOCK_VARIABLE_NAME: EXIT_USAGE,
  ERR_SWAYSOCK_LISTEN_ADDRESS: EXIT_USAGE,
  ERR_SWAYSOCK_CONNECT: EXIT_FAILURE,
  ERR_SWAYSOCK_UNSAFE_DIRECTORY: EXIT_FAILURE,
  ERR_SWAYSOCK_LOCK_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_LOCK_UNSTABLE: EXIT_FAILURE,
  ERR_SWAYSOCK_EXEC: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_CLOSED: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_REPLY: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_BAD_MAGIC: EXIT_FAILURE,
  ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_ADDRESS: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CONNECT: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_AUTH: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_TIMEOUT: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CLOSED: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_CALL: EXIT_FAILURE,
  ERR_SWAYSOCK_DBUS_REPLY: EXIT_FAILURE,
  ERR_SWAYSOCK_JOB_FAILED: EXIT_FAILURE,
  ERR_SWAYSOCK_DAEMON_UNREACHABLE: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_DAEMON_RPC: EXIT_FAILURE,
  ERR_SWAYSOCK_DAEMON_CLOSED: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_DAEMON_TIMEOUT: EXIT_DAEMON_UNREACHABLE,
  ERR_SWAYSOCK_RPC: EXIT_FAILURE,
  ERR_SWAYSOCK_SOCKET_PATH: EXIT_FAILURE,
  ERR_SWAYSOCK_SESSION_LOCKED: EXIT_FAILURE,
  ERR_SWAYSOCK_CLEANUP: EXIT_FAILURE,
  ERR_SWAYSOCK_MIGRATE: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_KIND: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_SETTING: EXIT_FAILURE,
  ERR_SWAYSOCK_UNIT_WORD: EXIT_FAILURE,
  ERR_SWAYSOCK_INSTALLATION: EXIT_FAILURE,
  ERR_SWAYSOCK_NO_SWAY: EXIT_FAILURE,
  ERR_SWAYSOCK_SWAY_UNREACHABLE: EXIT_FAILURE,
  ERR_SWAYSOCK_INCLUDE_UNRESOLVED: EXIT_FAILURE,
  ERR_SWAYSOCK_CHECK_DEADLINE: EXIT_FAILURE,
  ERR_SWAYSOCK_FILE: EXIT_FAILURE,
  ERR_SWAYSOCK_NO_HISTORY: EXIT_FAILURE,
  ERR_SWAYSOCK_STABLE_SOCKET: EXIT_FAILURE
};
function exitCodeOf(err) {
  if (!hasCode(err)) return EXIT_FAILURE;
  if (hasCode(err, "ERR_SWAYSOCK_DAEMON_RPC") && err.rpcName === "TOO_MANY_CLIENTS") return EXIT_DAEMON_UNREACHABLE;
  return EXIT_CODES[err.code];
}
var UsageError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_USAGE", message);
    this.name = "UsageError";
  }
};
function resolveRuntimeDir(explicit, env = process.env) {
  const dir = explicit ?? env.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError("XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR");
  return dir;
}
function reportError(err, program = "swaysock") {
  const code = exitCodeOf(err);
  process.stderr.write(`${program}: ${err.message}
${code === EXIT_USAGE ? `Run '${program} --help' for usage.
` : ""}`);
  process.exitCode = code;
}

// ts/cli/options.ts
function numberValue(name, spec, value) {
  const n = Number(value);
  const unit = spec.unit === void 0 ? "" : ` of ${spec.unit}`;
  switch (spec.range ?? "positive") {
    case "positive":
      if (!(Number.isFinite(n) && n > 0)) throw new UsageError(`--${name} needs a positive number${unit}`);
      break;
    case "non-negative":
      if (!(Number.isFinite(n) && n >= 0)) throw new UsageError(`--${name} needs a number${unit} >= 0`);
      break;
    case "count":
      if (!(Number.isInteger(n) && n >= 1)) throw new UsageError(`--${name} needs a positive integer`);
  }
  return n;
}
function operandValues(spec, words) {
  if (words.length < spec.min) throw new UsageError(`Not enough non-option arguments: got ${words.length}, need at least ${spec.min}`);
  return [...words];
}
function operandsOf(table) {
  const entry = Object.entries(table).find((e) => e[1].type === "operands");
  return entry ?? null;
}
function withEmptyValues(table, argv) {
  const optional = new Set(Object.entries(table).flatMap(([name, spec]) => spec.type === "string" && spec.optionalValue ? [`--${name}`] : []));
  if (optional.size === 0) return [...argv];
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === "--") return [...out, ...argv.slice(i)];
    const next = argv[i + 1];
    out.push(optional.has(word) && (next === void 0 || next.startsWith("-")) ? `${word}=` : word);
  }
  return out;
}
function parseOptions(table, argv) {
  const options = { help: { type: "boolean", short: "h" } };
  for (const [name, spec] of Object.entries(table)) {
    if (spec.type === "operands") continue;
    options[name] = { type: spec.type === "boolean" ? "boolean" : "string", multiple: spec.type === "string" && spec.multiple === true };
    if (spec.type === "boolean" && spec.default === true) options[`no-${name}`] = { type: "boolean" };
  }
  const operands = operandsOf(table);
  const parse = () => {
    try {
      return parseArgs({ args: withEmptyValues(table, argv), strict: true, allowPositionals: operands !== null, tokens: true, options });
    } catch (err) {
      throw new UsageError(err.message);
    }
  };
  const { values, positionals, tokens } = parse();
  if (values.help) return "help";
  const lastSwitch = (name) => {
    let last;
    for (const tk of tokens) if (tk.kind === "option" && (tk.name === name || tk.name === `no-${name}`)) last = tk.name;
    return last;
  };
  const args = {};
  for (const [name, spec] of Object.entries(table)) {
    const v = values[name];
    if (spec.type === "boolean") {
      const last = lastSwitch(name);
      args[name] = last === void 0 ? spec.default ?? false : last === name;
    } else if (spec.type === "number") args[name] = v === void 0 ? spec.default : numberValue(name, spec, v);
    else if (spec.type === "operands") args[name] = operandValues(spec, positionals);
    else args[name] = v ?? (spec.multiple ? [] : spec.default);
  }
  return args;
}
function optionWords(name, spec) {
  switch (spec.type) {
    case "boolean":
      return spec.default === true ? `--[no-]${name}` : `--${name}`;
    case "operands":
      return `${spec.value}...`;
    case "string":
      return spec.optionalValue ? `--${name} [${spec.value}]` : `--${name} ${spec.value}`;
    case "number":
      return `--${name} ${spec.value}`;
  }
}
function defaultNote(spec) {
  if (spec.type === "boolean") return spec.default === true ? " (default: on)" : "";
  if (spec.type === "operands" || spec.default === void 0) return "";
  return ` (default: ${spec.default})`;
}
function optionLines(table) {
  const entries = Object.entries(table).sort(([, a], [, b]) => Number(b.type === "operands") - Number(a.type === "operands"));
  const rows = entries.map(([name, spec]) => [optionWords(name, spec), `${spec.describe}${defaultNote(spec)}`]);
  rows.push(["--help", "Show this help"]);
  const width = Math.max(...rows.map(([w]) => w.length)) + 2;
  return rows.map(([w, d]) => `  ${w.padEnd(width)}${d}`).join("\n");
}
function synopsis(table) {
  const operands = operandsOf(table);
  const options = Object.entries(table).filter(([, spec]) => spec.type !== "operands").map(([name, spec]) => `[${optionWords(name, spec)}]${spec.type === "string" && spec.multiple ? "..." : ""}`);
  return [...options, ...operands === null ? [] : [optionWords(...operands)]].join(" ");
}

// ts/cli/program.ts
function defineProgram(spec) {
  return spec;
}
function programUsage(spec) {
  return `${spec.name} ${synopsis(spec.options)}

${spec.summary}

Options:
${optionLines(spec.options)}

Exit status: ${spec.exitStatus}
`;
}
async function runProgram(spec, argv) {
  try {
    const args = parseOptions(spec.options, argv);
    if (args === "help") {
      process.stdout.write(programUsage(spec));
      return;
    }
    spec.check?.(args);
    await spec.run(args);
  } catch (err) {
    reportError(err, spec.name);
  }
}

// ts/metrics/listen.ts
import { createServer } from "node:http";
import { isIP } from "node:net";
function isLoopback(host) {
  return isIP(host) === 4 ? host.startsWith("127.") : host === "::1";
}
function parseListenAddress(text, allowRemote) {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text);
  const host = m ? m[1] ?? m[2] : "";
  const address = host === "localhost" ? "127.0.0.1" : host;
  const port = m ? Number(m[3]) : NaN;
  if (!m || isIP(address) === 0 || m[1] !== void 0 && isIP(address) !== 6 || !(port <= 65535)) {
    throw new SwaysockError(
      "ERR_SWAYSOCK_LISTEN_ADDRESS",
      `--metrics-listen needs ADDRESS:PORT with a literal IP address (e.g. 127.0.0.1:9101 or [::1]:9101), not '${text}'`
    );
  }
  if (!allowRemote && !isLoopback(address))
    throw new SwaysockError(
      "ERR_SWAYSOCK_LISTEN_ADDRESS",
      `--metrics-listen ${text} is not a loopback address; add --metrics-allow-remote to serve metrics to other hosts`
    );
  return { host: address, port };
}
async function serveMetrics(address, metrics) {
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (path !== "/metrics") {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found: the metrics are at /metrics\n");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain" }).end("Method not allowed\n");
      return;
    }
    metrics().then(async (m) => {
      const body = await m.text();
      res.writeHead(200, { "Content-Type": m.contentType }).end(req.method === "HEAD" ? void 0 : body);
    }).catch((err) => res.writeHead(500, { "Content-Type": "text/plain" }).end(`${err.message}
`));
  });
  server.keepAliveTimeout = 5e3;
  server.requestTimeout = 1e4;
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(address.port, address.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return server;
}

// ts/paths/paths.ts
import { isAbsolute, join } from "node:path";
var RUNTIME_FILES = {
  /** swaysock-healthd's JSON-RPC socket. */
  daemonSocket: "swaysock/healthd.sock",
  /** The stable socket (never named `sway-ipc.*`, so neither cleanup nor discovery takes it for a Sway). */
  stableSocket: "swaysock/sway.sock",
  /** `swaysock session`'s PID lock. */
  sessionLock: "swaysock/session.lock",
  /** The cleanup's PID lock. */
  cleanupLock: "swaysock/cleanup.lock"
};
var STATE_DIRECTORY_NAME = "swaysock";
var HISTORY_FILE = "history.jsonl";
var STABLE_FD_NAME = "stable";
function defaultDaemonSocket(runtimeDir) {
  return join(runtimeDir, RUNTIME_FILES.daemonSocket);
}
function defaultStableSocket(runtimeDir) {
  return join(runtimeDir, RUNTIME_FILES.stableSocket);
}
function historyDir(env) {
  const fromSystemd = env.STATE_DIRECTORY?.split(":")[0];
  if (fromSystemd && isAbsolute(fromSystemd)) return fromSystemd;
  return historyDirs(env)[0] ?? null;
}
function historyDirs(env) {
  const home = env.HOME && isAbsolute(env.HOME) ? env.HOME : null;
  const base = (value, fallback) => value && isAbsolute(value) ? value : home === null ? null : join(home, fallback);
  return [base(env.XDG_STATE_HOME, ".local/state"), base(env.XDG_CONFIG_HOME, ".config")].filter((d) => d !== null).map((d) => join(d, STATE_DIRECTORY_NAME));
}

// ts/net/deadline.ts
var Deadline = class {
  done = false;
  timer;
  immediate = null;
  /** Calls `onExpire` once, `ms` ms from now (and after the I/O pending then is read), unless cancelled first. */
  constructor(ms, onExpire) {
    this.timer = setTimeout(() => {
      this.timer = null;
      this.immediate = setImmediate(() => {
        this.immediate = null;
        if (this.done) return;
        this.done = true;
        onExpire();
      });
    }, ms);
  }
  /** Stops the deadline; `onExpire` is not called after this. Idempotent. */
  cancel() {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.immediate) clearImmediate(this.immediate);
    this.timer = null;
    this.immediate = null;
  }
};

// ts/net/connect.ts
import { connect } from "node:net";
var ConnectError = class extends SwaysockError {
  constructor(path, systemCode, options) {
    super("ERR_SWAYSOCK_CONNECT", `cannot connect to ${path} (${systemCode})`, options);
    this.path = path;
    this.systemCode = systemCode;
    this.name = "ConnectError";
  }
  path;
  systemCode;
};
function connectUnix(path, timeoutMs, allowHalfOpen = false) {
  return new Promise((resolve, reject) => {
    const socket = connect({ path, allowHalfOpen });
    const fail = (code, cause) => {
      deadline.cancel();
      socket.removeListener("connect", onConnect);
      socket.removeListener("error", onError);
      socket.on("error", () => {
      });
      socket.destroy();
      reject(new ConnectError(path, code, { cause }));
    };
    const onError = (err) => fail(err.code ?? "EUNKNOWN", err);
    const onConnect = () => {
      deadline.cancel();
      socket.removeListener("error", onError);
      resolve(socket);
    };
    const deadline = new Deadline(timeoutMs, () => fail("ETIMEDOUT"));
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}

// ts/proxy/connector.ts
var BACKLOG_RETRY_MIN_MS = 1;
var BACKLOG_RETRY_MAX_MS = 32;
var CONNECT_TIMEOUT_MS = 1e3;
var SwayConnector = class {
  /**
   * @param target the socket path of the Sway to reach now, or null while there is none; read
   *   at every attempt, so a queued client follows a change of target.
   */
  constructor(target, counters) {
    this.target = target;
    this.counters = counters;
  }
  target;
  counters;
  queue = [];
  timer = null;
  delayMs = 0;
  pumping = false;
  closed = false;
  /**
   * Connects to the target. The first attempt is made at once when nobody is queued; EAGAIN
   * queues the client (behind those already queued) until a socket, another outcome, or cancel.
   * Never rejects.
   */
  connect() {
    const entry = { resolve: () => void 0, cancelled: false };
    const outcome = new Promise((resolve) => entry.resolve = resolve);
    const cancel = () => {
      if (entry.cancelled) return;
      entry.cancelled = true;
      const at = this.queue.indexOf(entry);
      if (at >= 0) this.queue.splice(at, 1);
      entry.resolve({ kind: "cancelled" });
    };
    if (this.queue.length > 0) this.enqueue(entry);
    else {
      void this.attempt().then((result) => {
        if (result === "EAGAIN") {
          if (!entry.cancelled) this.enqueue(entry);
        } else this.settle(entry, result, false);
      });
    }
    return { outcome, cancel };
  }
  /** The target may have changed, or Sway just answered (it is running): queued clients try again at once. Cheap when none waits. */
  retryNow() {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.delayMs = 0;
    this.pump();
  }
  /** Cancels every queued client, and every connect still under way as it comes back. */
  close() {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    for (const entry of this.queue.splice(0)) {
      entry.cancelled = true;
      entry.resolve({ kind: "cancelled" });
    }
  }
  enqueue(entry) {
    if (this.closed) {
      entry.cancelled = true;
      entry.resolve({ kind: "cancelled" });
      return;
    }
    this.counters.waited_for_backlog += 1;
    this.queue.push(entry);
    this.pump();
  }
  /** Serves the queue head to tail, one attempt at a time, until it is empty or an attempt finds the backlog full. */
  pump() {
    if (this.pumping || this.timer !== null) return;
    this.pumping = true;
    void (async () => {
      while (this.queue.length > 0) {
        const result = await this.attempt();
        if (result === "EAGAIN") {
          this.delayMs = Math.min(this.delayMs === 0 ? BACKLOG_RETRY_MIN_MS : this.delayMs * 2, BACKLOG_RETRY_MAX_MS);
          this.timer = setTimeout(() => {
            this.timer = null;
            this.pump();
          }, this.delayMs);
          break;
        }
        this.delayMs = 0;
        const head = this.queue.shift();
        if (head === void 0) {
          if (typeof result !== "string") result.destroy();
          break;
        }
        this.settle(head, result, true);
      }
      this.pumping = false;
    })();
  }
  settle(entry, result, waitedOnBacklog) {
    if (typeof result === "string") entry.resolve({ kind: "unreachable", code: result, waitedOnBacklog });
    else if (entry.cancelled) result.destroy();
    else entry.resolve({ kind: "connected", socket: result });
  }
  /** One connect to the current target: the socket, or the errno name ('NOTARGET' without a target). */
  async attempt() {
    const path = this.target();
    if (path === null) return "NOTARGET";
    try {
      return await connectUnix(path, CONNECT_TIMEOUT_MS, true);
    } catch (err) {
      const code = hasCode(err, "ERR_SWAYSOCK_CONNECT") ? err.systemCode : "EUNKNOWN";
      if (code === "EAGAIN") this.counters.backlog_retries += 1;
      return code;
    }
  }
};

// ts/ipc/codec.ts
import { endianness } from "node:os";
var IPC_MAGIC = Buffer.from("i3-ipc", "ascii");
var IPC_HEADER_BYTES = 14;
var DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
var IPC_EVENT_BIT = 2147483648;
var LITTLE = endianness() === "LE";
function headerPayloadLength(buf, offset) {
  return LITTLE ? buf.readUInt32LE(offset + 6) : buf.readUInt32BE(offset + 6);
}
function headerType(buf, offset) {
  return LITTLE ? buf.readUInt32LE(offset + 10) : buf.readUInt32BE(offset + 10);
}
var IpcMessageType = {
  RUN_COMMAND: 0,
  GET_WORKSPACES: 1,
  SUBSCRIBE: 2,
  GET_OUTPUTS: 3,
  GET_TREE: 4,
  GET_MARKS: 5,
  GET_BAR_CONFIG: 6,
  GET_VERSION: 7,
  GET_BINDING_MODES: 8,
  GET_CONFIG: 9,
  SEND_TICK: 10,
  SYNC: 11,
  GET_BINDING_STATE: 12,
  GET_INPUTS: 100,
  GET_SEATS: 101
};
var IpcEventType = {
  workspace: 0,
  output: 1,
  mode: 2,
  window: 3,
  barconfig_update: 4,
  binding: 5,
  shutdown: 6,
  tick: 7,
  bar_state_update: 20,
  input: 21
};
function eventName(code) {
  for (const [name, value] of Object.entries(IpcEventType)) if (value === code) return name;
  return `event-${code}`;
}
var IpcProtocolError = class extends SwaysockError {
  constructor(code, message) {
    super(code, message);
    this.name = "IpcProtocolError";
  }
};
function encodeFrame(type, payload = "") {
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : payload;
  const frame = Buffer.allocUnsafe(IPC_HEADER_BYTES + body.length);
  IPC_MAGIC.copy(frame, 0);
  if (LITTLE) {
    frame.writeUInt32LE(body.length, 6);
    frame.writeUInt32LE(type >>> 0, 10);
  } else {
    frame.writeUInt32BE(body.length, 6);
    frame.writeUInt32BE(type >>> 0, 10);
  }
  body.copy(frame, IPC_HEADER_BYTES);
  return frame;
}
var FrameDecoder = class {
  /** @param maxPayloadBytes largest payload accepted, in bytes (default 16 MiB). */
  constructor(maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES) {
    this.maxPayloadBytes = maxPayloadBytes;
  }
  maxPayloadBytes;
  pending = null;
  /**
   * Adds a chunk and returns the frames it completes (possibly none).
   * @throws IpcProtocolError `BAD_MAGIC` when a header does not start with "i3-ipc";
   *   `PAYLOAD_TOO_LARGE` when a header announces more than `maxPayloadBytes`.
   *   Both are raised as soon as the 14 header bytes are in, never after waiting for the payload.
   */
  push(chunk) {
    const buf = this.pending === null ? chunk : Buffer.concat([this.pending, chunk]);
    this.pending = null;
    const frames = [];
    let offset = 0;
    while (buf.length - offset >= IPC_HEADER_BYTES) {
      if (buf.compare(IPC_MAGIC, 0, 6, offset, offset + 6) !== 0) {
        throw new IpcProtocolError(
          "ERR_SWAYSOCK_IPC_BAD_MAGIC",
          `bad IPC magic ${JSON.stringify(buf.toString("latin1", offset, offset + 6))}, expected "i3-ipc"`
        );
      }
      const length = headerPayloadLength(buf, offset);
      if (length > this.maxPayloadBytes) {
        throw new IpcProtocolError("ERR_SWAYSOCK_IPC_PAYLOAD_TOO_LARGE", `IPC payload of ${length} bytes exceeds the bound of ${this.maxPayloadBytes} bytes`);
      }
      const end = offset + IPC_HEADER_BYTES + length;
      if (buf.length < end) break;
      const raw = headerType(buf, offset);
      frames.push({
        type: (raw & ~IPC_EVENT_BIT) >>> 0,
        isEvent: (raw & IPC_EVENT_BIT) !== 0,
        payload: buf.subarray(offset + IPC_HEADER_BYTES, end)
      });
      offset = end;
    }
    if (offset < buf.length) this.pending = Buffer.from(buf.subarray(offset));
    return frames;
  }
  /** Bytes received that do not yet form a whole frame. */
  get bufferedBytes() {
    return this.pending?.length ?? 0;
  }
};

// ts/proxy/frames.ts
var FrameCounter = class {
  /** Complete headers whose type has bit 31 clear (requests, or replies). */
  messages = 0;
  /** Complete headers whose type has bit 31 set (events). */
  events = 0;
  header = Buffer.alloc(IPC_HEADER_BYTES);
  headerFill = 0;
  /** Payload bytes of the current frame still to skip. */
  skip = 0;
  /** Advances over `chunk` (any size, any split of frames). */
  push(chunk) {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.skip > 0) {
        const n2 = Math.min(this.skip, chunk.length - offset);
        this.skip -= n2;
        offset += n2;
        continue;
      }
      if (this.headerFill === 0 && chunk.length - offset >= IPC_HEADER_BYTES) {
        this.count(chunk, offset);
        offset += IPC_HEADER_BYTES;
        continue;
      }
      const n = Math.min(IPC_HEADER_BYTES - this.headerFill, chunk.length - offset);
      chunk.copy(this.header, this.headerFill, offset, offset + n);
      this.headerFill += n;
      offset += n;
      if (this.headerFill < IPC_HEADER_BYTES) return;
      this.headerFill = 0;
      this.count(this.header, 0);
    }
  }
  /** Counts the header at `offset` in `buf` and skips its payload next. */
  count(buf, offset) {
    this.skip = headerPayloadLength(buf, offset);
    if ((headerType(buf, offset) & IPC_EVENT_BIT) !== 0) this.events += 1;
    else this.messages += 1;
  }
  /** True between frames (no partial header or payload pending). */
  get atBoundary() {
    return this.skip === 0 && this.headerFill === 0;
  }
};

// ts/proxy/pair.ts
var HALF_CLOSE_GRACE_MS = 1e3;
function pairSockets(client, sway, options) {
  const requests = new FrameCounter();
  const replies = new FrameCounter();
  let closed = false;
  let timer = null;
  let clientEnded = false;
  const close = () => {
    if (closed) return;
    closed = true;
    if (timer) clearTimeout(timer);
    sway.destroy();
    client.destroy();
    options.onClose();
  };
  const bound = () => {
    timer ??= setTimeout(close, options.graceMs);
    timer.unref();
  };
  const settled = () => requests.messages - replies.messages <= 0 && replies.atBoundary;
  const closeWhenFlushed = () => {
    bound();
    client.write("", close);
  };
  const { counters } = options;
  for (const chunk of options.kept ?? []) {
    requests.push(chunk);
    sway.write(chunk);
    counters.bytes_to_sway += chunk.length;
  }
  forward(client, sway, requests, (n) => counters.bytes_to_sway += n);
  forward(sway, client, replies, (n) => {
    counters.bytes_to_clients += n;
    options.onSwayData?.();
    if (clientEnded && settled()) closeWhenFlushed();
  });
  const onClientEnd = () => {
    clientEnded = true;
    if (settled()) closeWhenFlushed();
    else bound();
  };
  let swayDone = false;
  const swayGone = () => {
    if (closed || swayDone) return;
    swayDone = true;
    sway.destroy();
    client.end(close);
    bound();
  };
  sway.on("end", swayGone);
  sway.on("error", swayGone);
  sway.on("close", swayGone);
  client.on("error", close);
  client.on("close", close);
  if (options.clientEnded) onClientEnd();
  else client.on("end", onClientEnd);
  return { close };
}
function forward(from, to, counter, afterChunk) {
  let waiting = false;
  from.on("data", (chunk) => {
    counter.push(chunk);
    let written = 0;
    if (!to.destroyed && !to.writableEnded) {
      written = chunk.length;
      if (!to.write(chunk) && !waiting) {
        waiting = true;
        from.pause();
        to.once("drain", () => {
          waiting = false;
          from.resume();
        });
      }
    }
    afterChunk(written);
  });
}

// ts/proxy/waiting.ts
var KEEP_MAX_BYTES = 64 * 1024;
var WaitingClient = class {
  /** Starts reading `socket` (paused, with an `error` listener already on it). */
  constructor(socket) {
    this.socket = socket;
    socket.on("data", this.keep);
    socket.on("end", this.markEnded);
    socket.once("close", this.markClosed);
    socket.resume();
  }
  socket;
  kept = [];
  keptBytes = 0;
  ended = false;
  closed = false;
  onGone = /* @__PURE__ */ new Set();
  /** True once the client closed or failed: nobody to serve any more. */
  get gone() {
    return this.closed || this.socket.destroyed;
  }
  /** Calls `wake` once when the client goes; returns the function that unregisters it. */
  whenGone(wake) {
    this.onGone.add(wake);
    return () => this.onGone.delete(wake);
  }
  /** Stops reading and hands what was kept over, for pairing (pair.ts); the socket is left paused. */
  handOver() {
    this.detach();
    this.socket.pause();
    const handover = { kept: this.kept, ended: this.ended };
    this.kept = [];
    return handover;
  }
  /**
   * Closes the client without a Sway: ends our side (the client reads EOF), then reads and drops
   * what it still sends until it ends its side, at most `graceMs`, then destroys the socket.
   */
  closeWithoutSway(graceMs) {
    this.detach();
    const { socket } = this;
    this.kept = [];
    if (socket.destroyed) return;
    const timer = setTimeout(() => socket.destroy(), graceMs);
    timer.unref();
    socket.once("close", () => clearTimeout(timer));
    socket.on("data", () => void 0);
    if (this.ended) socket.end(() => socket.destroy());
    else {
      socket.once("end", () => socket.destroy());
      socket.end();
    }
    socket.resume();
  }
  detach() {
    this.socket.off("data", this.keep);
    this.socket.off("end", this.markEnded);
    this.socket.off("close", this.markClosed);
    this.onGone.clear();
  }
  keep = (chunk) => {
    this.kept.push(chunk);
    this.keptBytes += chunk.length;
    if (this.keptBytes >= KEEP_MAX_BYTES) this.socket.pause();
  };
  markEnded = () => {
    this.ended = true;
  };
  markClosed = () => {
    this.closed = true;
    for (const wake of [...this.onGone]) wake();
    this.onGone.clear();
  };
};

// ts/proxy/proxy.ts
var DEFAULT_STABLE_WAIT_MS = 3e3;
var StableProxy = class {
  /** Serves `server` (listening or not yet): it must have been created with `allowHalfOpen: true` and `pauseOnConnect: true`. */
  constructor(server, options) {
    this.server = server;
    this.options = options;
    this.firstLook = new Promise((resolve) => this.firstLookDone = resolve);
    this.connector = new SwayConnector(options.target, this.counters);
    server.on("connection", (client) => void this.serve(client));
  }
  server;
  options;
  counters = {
    connections: 0,
    waited_for_sway: 0,
    waited_for_backlog: 0,
    backlog_retries: 0,
    closed_without_sway: 0,
    bytes_to_sway: 0,
    bytes_to_clients: 0
  };
  pairs = /* @__PURE__ */ new Set();
  waiting = /* @__PURE__ */ new Set();
  changeWaiters = /* @__PURE__ */ new Set();
  connector;
  closed = false;
  /** Resolves once the first look for a Sway has finished ({@link discovered}) or the proxy closed. */
  firstLook;
  firstLookDone;
  /** Open and waiting connections, and the totals; `path` is the socket's, for the report. */
  status(path) {
    return { path, connections: this.pairs.size, waiting: this.waiting.size, counters: { ...this.counters } };
  }
  /** A relayed connection got bytes from Sway: Sway is running its loop, so queued connects retry now. */
  swayAnswered = () => this.connector.retryNow();
  /**
   * The daemon's first look for a Sway has finished: from now on `target()` answers whether one
   * lives, and a client's wait (`waitMs`) counts. Clients that came before wait for this call.
   */
  discovered() {
    this.firstLookDone();
  }
  /** Tells waiting clients that the target may have changed. */
  targetChanged() {
    this.connector.retryNow();
    for (const wake of [...this.changeWaiters]) wake();
  }
  /** Stops accepting, closes every pair (full closes) and every waiting client (EOF). */
  close() {
    this.closed = true;
    this.firstLookDone();
    this.server.close();
    for (const pair of [...this.pairs]) pair.close();
    this.connector.close();
    for (const wake of [...this.changeWaiters]) wake();
  }
  async serve(client) {
    client.on("error", () => void 0);
    const waiter = new WaitingClient(client);
    this.waiting.add(waiter);
    try {
      const sway = await this.reachSway(waiter);
      if (sway !== null) this.pair(waiter, sway);
      else if (!waiter.gone) {
        if (!this.closed) this.counters.closed_without_sway += 1;
        waiter.closeWithoutSway(this.options.graceMs);
      }
    } finally {
      this.waiting.delete(waiter);
    }
  }
  /**
   * A connection to Sway for `waiter`, or null when it went away, the proxy closed, or no Sway
   * could be reached for `waitMs`: counted from the first failure, and again from each one that
   * follows a wait behind a live Sway's full backlog (that Sway lived until then).
   */
  async reachSway(waiter) {
    await this.untilFirstLook(waiter);
    let deadline = null;
    let counted = false;
    for (; ; ) {
      if (waiter.gone || this.closed) return null;
      const pending = this.connector.connect();
      const forget = waiter.whenGone(pending.cancel);
      const outcome = await pending.outcome;
      forget();
      if (outcome.kind === "connected") {
        if (!waiter.gone && !this.closed) return outcome.socket;
        outcome.socket.destroy();
        return null;
      }
      if (outcome.kind === "cancelled") return null;
      if (deadline === null || outcome.waitedOnBacklog) deadline = Date.now() + this.options.waitMs;
      const left = deadline - Date.now();
      if (left <= 0 || waiter.gone || this.closed) return null;
      if (!counted) this.counters.waited_for_sway += 1;
      counted = true;
      await this.nextChange(waiter, left);
    }
  }
  pair(waiter, sway) {
    const { kept, ended } = waiter.handOver();
    const pair = pairSockets(waiter.socket, sway, {
      graceMs: this.options.graceMs,
      counters: this.counters,
      kept,
      clientEnded: ended,
      onSwayData: this.swayAnswered,
      onClose: () => this.pairs.delete(pair)
    });
    this.counters.connections += 1;
    this.pairs.add(pair);
    waiter.socket.resume();
  }
  /** Resolves once the first look for a Sway has finished (or the proxy closed), or when `waiter` goes. */
  untilFirstLook(waiter) {
    return new Promise((resolve) => {
      const forget = waiter.whenGone(resolve);
      void this.firstLook.then(() => {
        forget();
        resolve();
      });
    });
  }
  /**
   * Resolves at the monitor's next change, when `waiter` goes, or after `ms` (a {@link Deadline}:
   * a change whose I/O is already waiting when a stall of ours ends is seen first).
   */
  nextChange(waiter, ms) {
    return new Promise((resolve) => {
      const wake = () => {
        deadline.cancel();
        this.changeWaiters.delete(wake);
        forget();
        resolve();
      };
      const deadline = new Deadline(ms, wake);
      const forget = waiter.whenGone(wake);
      this.changeWaiters.add(wake);
    });
  }
};

// ts/server/daemon.ts
import { unlinkSync as unlinkSync2 } from "node:fs";
import { createServer as createServer3 } from "node:net";
import { performance as performance4 } from "node:perf_hooks";

// package.json
var package_default = {
  name: "swaysock",
  version: "0.1.0",
  description: "Keeps Sway's IPC socket and the Sway-specific systemd user services reliable: live-socket discovery, a health daemon, stale-socket cleanup and sway-session.target wiring.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    swaysock: "dist/swaysock.cjs",
    "swaysock-healthd": "dist/swaysock-healthd.js",
    "swaysock-cleanup": "dist/swaysock-cleanup.cjs"
  },
  swaysock: {
    nodeFlags: {
      "swaysock-healthd": [
        "--max-semi-space-size=1"
      ]
    }
  },
  files: [
    "dist",
    "units",
    "schemas",
    "README.md",
    "docs"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    "units:generate": "node scripts/build.mjs && node dist/swaysock.cjs units --generate",
    "validators:generate": "node scripts/generate-validators.mjs",
    typecheck: "tsc --noEmit -p .",
    lint: "biome ci . && npm run lint:deps",
    "lint:deps": "depcruise ts tests bench scripts --config .dependency-cruiser.cjs",
    format: "biome format --write .",
    test: "npm run lint && tsc --noEmit -p . && node scripts/build.mjs --check && tap",
    "test:unit": "tap tests/unit",
    "test:integration": "tap tests/integration",
    "test:system": "tap tests/system",
    "test:nix": "tap tests/nix",
    "test:vm": "tap tests/vm/*.test.ts",
    bench: "node bench/run.mjs",
    demo: "npm run build && node scripts/demo.mjs"
  },
  tap: {
    timeout: 120,
    jobs: 1,
    "allow-incomplete-coverage": true,
    "disable-coverage": true,
    exclude: [
      "tests/helpers/**",
      "tests/vm/lib/**",
      "**/node_modules/**"
    ]
  },
  devDependencies: {
    "@biomejs/biome": "2.6.9",
    "@homebridge/dbus-native": "0.7.9",
    "@types/node": "^20.19.43",
    "@types/yargs": "^17.0.35",
    ajv: "^8.20.0",
    "dependency-cruiser": "17.4.3",
    esbuild: "^0.28.2",
    minimatch: "^11.0.10",
    "prom-client": "^15.1.3",
    tap: "^21.8.0",
    "tap-parser": "^18.3.4",
    typescript: "^5.9.3",
    yargs: "^18.2.0"
  }
};

// ts/health/monitor.ts
import { EventEmitter as EventEmitter2 } from "node:events";
import { watch } from "node:fs";
import { basename as basename2 } from "node:path";
import { performance } from "node:perf_hooks";

// ts/discovery/discover.ts
import { readdir } from "node:fs/promises";
import { join as join3 } from "node:path";

// ts/ipc/client.ts
import { EventEmitter } from "node:events";
var DEFAULT_REQUEST_TIMEOUT_MS = 1e3;
var IpcTimeoutError = class extends SwaysockError {
  constructor(type, timeoutMs) {
    super("ERR_SWAYSOCK_IPC_TIMEOUT", `IPC request of type ${type} got no reply within ${timeoutMs} ms`);
    this.type = type;
    this.timeoutMs = timeoutMs;
    this.name = "IpcTimeoutError";
  }
  type;
  timeoutMs;
};
var IpcClosedError = class extends SwaysockError {
  constructor(message, options) {
    super("ERR_SWAYSOCK_IPC_CLOSED", message, options);
    this.name = "IpcClosedError";
  }
};
var IpcReplyError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_IPC_REPLY", message);
    this.name = "IpcReplyError";
  }
};
var SwayIpcClient = class _SwayIpcClient extends EventEmitter {
  constructor(socket, path, maxPayloadBytes) {
    super();
    this.socket = socket;
    this.path = path;
    this.decoder = new FrameDecoder(maxPayloadBytes);
    socket.on("data", (chunk) => this.onData(chunk));
    socket.on("error", (err) => this.shutdown(err));
    socket.on("close", () => this.shutdown(new IpcClosedError(`Sway closed the IPC connection ${path}`)));
  }
  socket;
  path;
  decoder;
  queue = [];
  closedReason = void 0;
  /**
   * Connects to a Sway IPC socket.
   * @param path absolute path of the socket (`$XDG_RUNTIME_DIR/sway-ipc.UID.PID.sock`).
   * @param options.timeoutMs connect timeout in ms (default 1000).
   * @throws ConnectError (ts/net/connect.ts): `code` is the errno (`ECONNREFUSED`, `ENOENT`, ...) or `ETIMEDOUT`.
   */
  static async connect(path, options = {}) {
    const socket = await connectUnix(path, options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
    return new _SwayIpcClient(socket, path, options.maxPayloadBytes);
  }
  /** True until the connection has closed for any reason. */
  get isOpen() {
    return this.closedReason === void 0;
  }
  /**
   * Sends one message and resolves with its reply frame.
   * @param type message type ({@link IpcMessageType}).
   * @param payload request payload (a JSON string or command text).
   * @param timeoutMs reply timeout in ms (default 1000); 0 disables it.
   * @throws IpcTimeoutError, IpcClosedError.
   */
  request(type, payload = "", timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
    if (this.closedReason !== void 0) {
      return Promise.reject(new IpcClosedError(`IPC connection ${this.path} is closed`, { cause: this.closedReason }));
    }
    return new Promise((resolve, reject) => {
      const pending = { type, resolve, reject, deadline: null, settled: false };
      if (timeoutMs > 0) {
        pending.deadline = new Deadline(timeoutMs, () => {
          pending.settled = true;
          reject(new IpcTimeoutError(type, timeoutMs));
        });
      }
      this.queue.push(pending);
      this.socket.write(encodeFrame(type, payload));
    });
  }
  /** Sends a message and parses its JSON reply. @throws as {@link request}, and IpcReplyError on bad JSON. */
  async requestJson(type, payload = "", timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
    const frame = await this.request(type, payload, timeoutMs);
    try {
      return JSON.parse(frame.payload.toString("utf8"));
    } catch {
      throw new IpcReplyError(`reply to IPC type ${type} is not JSON`);
    }
  }
  /** `GET_VERSION`: Sway's version. @throws as {@link requestJson}. */
  getVersion(timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
    return this.requestJson(IpcMessageType.GET_VERSION, "", timeoutMs);
  }
  /**
   * `SUBSCRIBE` to events by name (e.g. `["shutdown"]`); they arrive as `event` emissions.
   * @throws IpcReplyError when Sway answers `{"success": false}`, or as {@link requestJson}.
   */
  async subscribe(events, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
    const reply = await this.requestJson(IpcMessageType.SUBSCRIBE, JSON.stringify(events), timeoutMs);
    if (reply.success !== true) throw new IpcReplyError(`Sway refused SUBSCRIBE ${JSON.stringify(events)}`);
  }
  /** Closes the connection at once (full close, never a half-close). Idempotent. */
  close() {
    this.socket.destroy();
    this.shutdown(null);
  }
  onData(chunk) {
    let frames;
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      this.socket.destroy();
      this.shutdown(err);
      return;
    }
    for (const frame of frames) {
      if (frame.isEvent) {
        let payload = null;
        try {
          payload = JSON.parse(frame.payload.toString("utf8"));
        } catch {
          payload = frame.payload.toString("utf8");
        }
        this.emit("event", eventName(frame.type), payload);
        continue;
      }
      const pending = this.queue.shift();
      if (pending === void 0 || pending.settled) continue;
      pending.settled = true;
      pending.deadline?.cancel();
      pending.resolve(frame);
    }
  }
  shutdown(reason) {
    if (this.closedReason !== void 0) return;
    this.closedReason = reason;
    this.socket.destroy();
    for (const pending of this.queue.splice(0)) {
      pending.deadline?.cancel();
      if (!pending.settled) {
        pending.settled = true;
        pending.reject(new IpcClosedError(`IPC connection ${this.path} closed before the reply`, { cause: reason }));
      }
    }
    this.emit("close", reason);
  }
};

// ts/liveness/probe.ts
import { lstatSync, statSync } from "node:fs";
function sameIdentity(a, b) {
  return a.dev === b.dev && a.ino === b.ino;
}
async function inspectSocketFile(path, uid) {
  let st;
  try {
    st = lstatSync(path);
  } catch (err) {
    const code = err.code ?? "EUNKNOWN";
    return code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
  if (!st.isSocket()) {
    const type = st.isSymbolicLink() ? "symlink" : st.isFile() ? "regular file" : st.isDirectory() ? "directory" : "other file type";
    return { kind: "not-socket", type };
  }
  if (st.uid !== uid) return { kind: "foreign", ownerUid: st.uid };
  return { kind: "socket", identity: { dev: st.dev, ino: st.ino } };
}
var DEFAULT_PROBE_TIMEOUT_MS = 500;
async function probeSocket(path, timeoutMs = DEFAULT_PROBE_TIMEOUT_MS) {
  try {
    (await connectUnix(path, timeoutMs)).destroy();
    return { kind: "listening" };
  } catch (err) {
    const code = hasCode(err, "ERR_SWAYSOCK_CONNECT") ? err.systemCode : "EUNKNOWN";
    return code === "ECONNREFUSED" ? { kind: "refused" } : code === "ENOENT" ? { kind: "absent" } : { kind: "error", code };
  }
}
function sameSocketFile(a, b) {
  if (a === b) return true;
  try {
    const [sa, sb] = [statSync(a), statSync(b)];
    return sameIdentity(sa, sb);
  } catch {
    return false;
  }
}

// ts/liveness/proc.ts
import { readFileSync, readlinkSync, readdirSync, statSync as statSync2 } from "node:fs";
import { basename, join as join2 } from "node:path";
var SWAY_PROCESS_NAMES = /* @__PURE__ */ new Set(["sway", ".sway-wrapped"]);
function readProcStat(pid, procRoot = "/proc") {
  const dir = join2(procRoot, String(pid));
  if (statSync2(dir, { throwIfNoEntry: false }) === void 0) return null;
  let text;
  try {
    text = readFileSync(join2(dir, "stat"), "utf8");
  } catch (err) {
    if (err.code === "ENOENT" || err.code === "ESRCH") return null;
    throw err;
  }
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const rest = text.slice(close + 2).split(" ");
  return { comm: text.slice(open + 1, close), state: rest[0] ?? "?", startTicks: Number(rest[19]) };
}
function processKind(pid, procRoot = "/proc") {
  let stat;
  try {
    stat = readProcStat(pid, procRoot);
  } catch {
    return "unknown";
  }
  if (stat === null) return "absent";
  if (stat.state === "Z" || stat.state === "X") return "zombie";
  if (SWAY_PROCESS_NAMES.has(stat.comm)) return "sway";
  try {
    if (SWAY_PROCESS_NAMES.has(basename(readlinkSync(join2(procRoot, String(pid), "exe"))))) return "sway";
  } catch {
  }
  return "other";
}
function waylandDisplaysOf(pid, runtimeDir, procRoot = "/proc") {
  const displays = [];
  let fds;
  try {
    fds = readdirSync(join2(procRoot, String(pid), "fd"));
  } catch {
    return displays;
  }
  const prefix = join2(runtimeDir, "wayland-");
  for (const fd of fds) {
    let target;
    try {
      target = readlinkSync(join2(procRoot, String(pid), "fd", fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix) && target.endsWith(".lock")) displays.push(basename(target, ".lock"));
  }
  return displays;
}

// ts/liveness/socket-name.ts
var NAME = /^sway-ipc\.(\d{1,10})\.(\d{1,10})\.sock$/;
function parseSwaySocketName(name) {
  const m = NAME.exec(name);
  if (m === null) return null;
  const uid = Number(m[1]);
  const pid = Number(m[2]);
  if (uid > 4294967295 || pid < 1 || pid > 1073741823) return null;
  return { uid, pid };
}

// ts/discovery/discover.ts
function socketVariable(value) {
  return value ? value : null;
}
var DEFAULT_DISCOVERY_TIMEOUT_MS = 500;
async function validateSwaySocket(path, uid, timeoutMs = DEFAULT_DISCOVERY_TIMEOUT_MS, exclude = []) {
  const file = await inspectSocketFile(path, uid);
  if (file.kind !== "socket") return null;
  if (exclude.some((e) => sameIdentity(e, file.identity))) return null;
  let client = null;
  let version;
  try {
    client = await SwayIpcClient.connect(path, { timeoutMs });
    version = await client.getVersion(timeoutMs);
    if (typeof version?.human_readable !== "string") return null;
  } catch {
    return null;
  } finally {
    client?.close();
  }
  const name = parseSwaySocketName(path.slice(path.lastIndexOf("/") + 1));
  const pid = name !== null && name.uid === uid ? name.pid : null;
  let startTicks = null;
  if (pid !== null) {
    try {
      startTicks = readProcStat(pid)?.startTicks ?? null;
    } catch {
      startTicks = null;
    }
  }
  const dir = path.slice(0, path.lastIndexOf("/")) || "/";
  return {
    path,
    pid,
    process: pid === null ? "absent" : processKind(pid),
    version,
    startTicks,
    waylandDisplays: pid === null ? [] : waylandDisplaysOf(pid, dir),
    identity: file.identity
  };
}
async function scan(dir, uid) {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => join3(dir, n));
}
async function stableSockets(runtimeDir, uid, extra = []) {
  const atDefault = await inspectSocketFile(defaultStableSocket(runtimeDir), uid);
  return atDefault.kind === "socket" ? [...extra, atDefault.identity] : extra;
}
function byPreference(a, b) {
  const live = Number(b.process === "sway") - Number(a.process === "sway");
  if (live !== 0) return live;
  return (b.startTicks ?? -1) - (a.startTicks ?? -1);
}
async function discoverSway(options) {
  const uid = options.uid ?? process.getuid();
  const timeoutMs = options.timeoutMs ?? DEFAULT_DISCOVERY_TIMEOUT_MS;
  const exclude = await stableSockets(options.runtimeDir, uid, options.exclude);
  if (options.swaySocket !== void 0) {
    const only = await validateSwaySocket(options.swaySocket, uid, timeoutMs, exclude);
    return { chosen: only, candidates: only ? [only] : [], decidedBy: only ? "explicit" : null, ambiguous: false };
  }
  const swaysock = socketVariable(options.swaysock);
  const managerEnv = options.managerEnv;
  const managerSock = socketVariable(managerEnv?.SWAYSOCK);
  const paths = new Set(await scan(options.runtimeDir, uid));
  if (swaysock !== null) paths.add(swaysock);
  if (managerSock !== null) paths.add(managerSock);
  const found = await Promise.all([...paths].map((p) => validateSwaySocket(p, uid, timeoutMs, exclude)));
  const candidates = found.filter((c) => c !== null).sort(byPreference);
  const pick = (chosen, decidedBy) => chosen ? { chosen, candidates: [chosen, ...candidates.filter((c) => c !== chosen)], decidedBy, ambiguous: false } : null;
  if (candidates.length === 0) return { chosen: null, candidates, decidedBy: null, ambiguous: false };
  const bySwaysock = pick(
    candidates.find((c) => c.path === swaysock),
    "swaysock"
  );
  if (bySwaysock) return bySwaysock;
  if (candidates.length === 1) return pick(candidates[0], "only");
  const byManager = managerSock !== null ? pick(
    candidates.find((c) => c.path === managerSock),
    "manager-swaysock"
  ) : null;
  if (byManager) return byManager;
  const display = options.waylandDisplay || managerEnv?.WAYLAND_DISPLAY;
  const holders = display ? candidates.filter((c) => c.waylandDisplays.includes(display)) : [];
  if (holders.length === 1) return pick(holders[0], "wayland-display");
  return { chosen: candidates[0], candidates, decidedBy: "newest", ambiguous: true };
}

// ts/history/store.ts
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync as readFileSync2, readSync, renameSync, writeSync } from "node:fs";
import { join as join4 } from "node:path";

// ts/rpc/protocol.ts
var RpcErrorCode = {
  PARSE_ERROR: -32700,
  INVALID_REQUEST: -32600,
  METHOD_NOT_FOUND: -32601,
  INVALID_PARAMS: -32602,
  INTERNAL_ERROR: -32603,
  /** The daemon already serves `--max-clients` connections; this one is closed. */
  TOO_MANY_CLIENTS: -32e3,
  /** A batch's answers would exceed {@link MAX_ANSWER_BYTES}: this request was not run. */
  ANSWER_TOO_LARGE: -32001
};
var MAX_LINE_BYTES = 64 * 1024;
var MAX_BATCH_REQUESTS = 64;
var MAX_ANSWER_BYTES = 256 * 1024;
var MAX_EVENTS_ANSWER_BYTES = 192 * 1024;
var MAX_EVENTS_LIMIT = 2048;
var METHOD_SCHEMAS = {
  get_socket_health: { params: "none", result: "socket-health" },
  subscribe: { params: "none", result: "socket-health" },
  "daemon.status": { params: "none", result: "daemon-status" },
  "daemon.events": { params: "daemon.events", result: "health-events" },
  "daemon.metrics": { params: "none", result: null },
  "cleanup.removed": { params: "cleanup.removed", result: null }
};
var HISTORY_RECORD_SCHEMA = "history-record";
var METHOD_NAMES = Object.keys(METHOD_SCHEMAS);

// ts/history/ring.ts
var RingBuffer = class {
  /** @param capacity how many items to keep (≥ 1). */
  constructor(capacity) {
    this.capacity = capacity;
  }
  capacity;
  items = [];
  push(item) {
    this.items.push(item);
    if (this.items.length > this.capacity) this.items.shift();
  }
  /** The last `n` items (all by default), oldest first. */
  last(n = this.capacity) {
    return this.items.slice(-n);
  }
};

// ts/history/select.ts
function selectItems(items, query, view) {
  const types = query.types ? new Set(query.types) : null;
  const since = query.sinceMs;
  const out = items.filter((item) => (types === null || types.has(view.record(item).type)) && (since === void 0 || view.timeMs(item) >= since));
  const last = query.limit === void 0 ? out : out.slice(-query.limit);
  if (query.maxBytes === void 0) return last;
  let bytes = 0;
  let first = last.length;
  while (first > 0 && (bytes += view.bytes(last[first - 1]) + 1) <= query.maxBytes) first--;
  return last.slice(first);
}

// ts/history/store.ts
var DEFAULT_MAX_BYTES = 1024 * 1024;
var DEFAULT_KEEP = 2;
var DEFAULT_CAPACITY = MAX_EVENTS_LIMIT;
var MAX_CACHED_SELECTIONS = 4;
function historyFiles(dir, keep = DEFAULT_KEEP) {
  const live = join4(dir, HISTORY_FILE);
  return [...Array.from({ length: keep }, (_, i) => `${live}.${keep - i}`), live];
}
function readHistory(dir, keep = DEFAULT_KEEP) {
  const out = { records: [], skipped: [] };
  for (const file of historyFiles(dir, keep)) {
    let text;
    try {
      text = readFileSync2(file, "utf8");
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT" || code === "ENOTDIR") continue;
      throw err;
    }
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (line === "") return;
      const record = parseRecord(line);
      if (record === null) out.skipped.push(`${file}:${i + 1}`);
      else out.records.push(record);
    });
  }
  return out;
}
function parseRecord(line) {
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === "object" && typeof value.type === "string" && typeof value.time === "string" ? value : null;
  } catch {
    return null;
  }
}
var storedView = { record: (s) => s.record, timeMs: (s) => s.timeMs, bytes: (s) => s.bytes };
var HistoryStore = class {
  /**
   * Loads what the files hold (the last `capacity` records) and opens the live file for appending.
   * Never throws: unreadable or unwritable files leave an in-memory history and one warning.
   */
  constructor(options) {
    this.options = options;
    this.memory = new RingBuffer(options.capacity ?? DEFAULT_CAPACITY);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.keep = options.keep ?? DEFAULT_KEEP;
    if (options.dir !== null) this.load(options.dir);
  }
  options;
  memory;
  /** The JSON texts of recent selections, by query; emptied by every new record. */
  selections = /* @__PURE__ */ new Map();
  maxBytes;
  keep;
  fd = null;
  size = 0;
  /** The live file, or null while the history is in memory only. */
  get path() {
    return this.fd === null || this.options.dir === null ? null : join4(this.options.dir, HISTORY_FILE);
  }
  /** Records `record` (memory, and the file while it can be written). */
  append(record) {
    const json = JSON.stringify(record);
    this.remember(record, json);
    if (this.fd === null) return;
    const line = `${json}
`;
    const bytes = Buffer.byteLength(line);
    try {
      if (this.size > 0 && this.size + bytes > this.maxBytes) this.rotate();
      writeSync(this.fd, line);
      this.size += bytes;
    } catch (err) {
      this.degrade(`cannot write the health history (${err.message})`);
    }
  }
  /** Records in memory that `query` selects, oldest first. */
  query(query = {}) {
    return selectItems(this.memory.last(), query, storedView).map((s) => s.record);
  }
  /**
   * The JSON text of what {@link query} selects, made from each record's text kept since it was
   * recorded. The same query until the next record gets the same string (the last
   * {@link MAX_CACHED_SELECTIONS} queries are kept), so many clients asking alike cost one text.
   */
  queryJson(query = {}) {
    const key = JSON.stringify([query.sinceMs ?? null, query.types ?? null, query.limit ?? null, query.maxBytes ?? null]);
    const kept = this.selections.get(key);
    if (kept !== void 0) return kept;
    const selected = selectItems(this.memory.last(), query, storedView);
    const pieces = ["["];
    let bytes = 2;
    selected.forEach((s, i) => {
      if (i > 0) pieces.push(",");
      pieces.push(s.json);
      bytes += s.bytes + (i > 0 ? 1 : 0);
    });
    pieces.push("]");
    const text = { json: pieces.join(""), bytes };
    if (this.selections.size >= MAX_CACHED_SELECTIONS) this.selections.clear();
    this.selections.set(key, text);
    return text;
  }
  /** Closes the file (appends after this stay in memory). */
  close() {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
  load(dir) {
    const { log: log2 } = this.options;
    try {
      const { records, skipped } = readHistory(dir, this.keep);
      for (const r of records.slice(-this.memory.capacity)) this.remember(r, JSON.stringify(r));
      if (skipped.length > 0)
        log2(
          "warning",
          `skipped ${skipped.length} unreadable line(s) of the health history (${skipped.slice(0, 3).join(", ")}${skipped.length > 3 ? ", ..." : ""}); a torn last line is what a power loss leaves`
        );
    } catch (err) {
      log2("warning", `cannot read the health history in ${dir} (${err.message}); starting it afresh`);
    }
    try {
      mkdirSync(dir, { recursive: true, mode: 448 });
      this.openLive(dir);
      if (this.size > 0 && this.lastByte() !== 10) this.size += writeSync(this.fd, "\n");
    } catch (err) {
      this.degrade(`cannot write the health history in ${dir} (${err.message})`);
    }
  }
  remember(record, json) {
    this.memory.push({ record, json, bytes: Buffer.byteLength(json), timeMs: Date.parse(record.time) });
    this.selections.clear();
  }
  openLive(dir) {
    this.fd = openSync(join4(dir, HISTORY_FILE), "a+", 384);
    this.size = fstatSync(this.fd).size;
  }
  lastByte() {
    const buf = Buffer.alloc(1);
    readSync(this.fd, buf, 0, 1, this.size - 1);
    return buf[0];
  }
  /** `history.jsonl` becomes `.1`, `.1` becomes `.2`, ...; the oldest is overwritten. */
  rotate() {
    const dir = this.options.dir;
    closeSync(this.fd);
    this.fd = null;
    const files = historyFiles(dir, this.keep).reverse();
    for (let i = files.length - 1; i > 0; i--) {
      try {
        renameSync(files[i - 1], files[i]);
      } catch (err) {
        if (err.code !== "ENOENT") throw err;
      }
    }
    this.openLive(dir);
  }
  degrade(message) {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
      }
    }
    this.fd = null;
    this.options.log("warning", `${message}; keeping it in memory only from now on`);
  }
};

// ts/health/repair.ts
var SOCKET_VARIABLES = ["SWAYSOCK", "I3SOCK"];
var DEFAULT_UNSET_GRACE_MS = 1e4;
async function planEnvironment(input) {
  const { connection, env } = input;
  if (env === null) return { kind: "keep" };
  const named = socketVariable(env.SWAYSOCK);
  const stable = input.stableSocket;
  const right = connection !== null && named === connection.path || named !== null && stable !== void 0 && sameSocketFile(named, stable);
  if (right) {
    if (env.I3SOCK === named) return { kind: "keep" };
    return { kind: "set", vars: { I3SOCK: named }, message: `I3SOCK=${named} (was ${env.I3SOCK || "unset"})` };
  }
  const candidate = named === null ? null : await input.probe(named);
  if (candidate !== null) {
    const same = connection !== null && sameIdentity(candidate.identity, connection.identity);
    return same ? { kind: "keep" } : { kind: "follow", candidate };
  }
  if (connection !== null) {
    const wanted = stable ?? connection.path;
    const vars = Object.fromEntries(SOCKET_VARIABLES.map((name) => [name, wanted]));
    return { kind: "set", vars, message: `SWAYSOCK=${wanted} (was ${named ?? "unset"}, which names no live Sway)` };
  }
  if (named !== null && input.disconnectedForMs > input.graceMs) {
    const seconds = Math.round(input.disconnectedForMs / 1e3);
    return { kind: "unset", names: [...SOCKET_VARIABLES], message: `${named} is dead and no Sway has been alive for ${seconds} s` };
  }
  return { kind: "keep" };
}

// ts/health/monitor.ts
var RECONNECT_MIN_MS = 50;
var RECONNECT_MAX_MS = 2e3;
var SWITCH_HOLD_INTERVALS = 2;
var PRIORITY = { healthy: "info", stale: "warning", disconnected: "err" };
var HealthMonitor = class extends EventEmitter2 {
  constructor(options) {
    super();
    this.options = options;
    this.uid = options.uid ?? process.getuid();
    this.env = options.environment;
    this.disconnectedReadMs = options.intervalMs;
    this.history = options.history ?? new HistoryStore({ dir: null, log: options.log });
  }
  options;
  /** Status changes and environment repairs, with the rest of the health history. */
  history;
  /** Validations run, those that failed (timeout or replaced file), and environment repairs made. */
  counters = { validations: 0, validation_failures: 0, environment_repairs: 0 };
  uid;
  env;
  state = { kind: "disconnected", since: performance.now(), last: null };
  reportedStatus = "disconnected";
  lastValidated = null;
  connections = 0;
  /** The connection and environment block the last reconciliation found nothing to do for. */
  settled = null;
  /** A Sway the manager names, first seen at `since` (performance.now(), ms). */
  pending = null;
  /** While disconnected: how long after the last read the next one is due, in ms (doubles). */
  disconnectedReadMs;
  lastSignature = "";
  validating = false;
  backoffMs = RECONNECT_MIN_MS;
  reconnectTimer = null;
  intervalTimer = null;
  watcher = null;
  stopped = false;
  /**
   * Starts watching, reads the user manager's environment, and makes the first connection
   * attempt; resolves once that attempt is over.
   */
  async start() {
    try {
      this.watcher = watch(this.options.runtimeDir, { persistent: false }, (_event, name) => this.onDirectoryEvent(name));
      this.watcher.on(
        "error",
        (err) => this.options.log("warning", `watching ${this.options.runtimeDir} failed (${err.message}); reconnecting by polling only`)
      );
    } catch (err) {
      this.options.log("warning", `cannot watch ${this.options.runtimeDir} (${err.message}); reconnecting by polling only`);
    }
    this.intervalTimer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.intervalTimer.unref();
    this.env.on("refreshed", this.onRefreshed);
    await this.env.refresh();
    await this.connect();
  }
  /** Stops every timer and watch and closes the Sway connection (full close). */
  stop() {
    this.stopped = true;
    this.watcher?.close();
    this.env.off("refreshed", this.onRefreshed);
    this.env.close();
    if (this.intervalTimer) clearInterval(this.intervalTimer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.state.kind === "connected") this.state.client.close();
  }
  /** The current `get_socket_health` result. */
  snapshot() {
    const s = this.state;
    const connected = s.kind === "connected";
    const sway = connected ? s.sway : s.last;
    const env = this.env.current;
    const envSwaysock = socketVariable(env?.SWAYSOCK);
    return {
      status: connected ? s.staleSince === null ? "healthy" : "stale" : "disconnected",
      socket_path: sway?.path ?? null,
      last_validated: this.lastValidated,
      latency_ms: connected ? s.latency : null,
      reconnection_count: Math.max(0, this.connections - 1),
      uptime_seconds: connected ? round3((performance.now() - s.since) / 1e3) : 0,
      sway_pid: sway?.pid ?? null,
      sway_version: sway?.version ?? null,
      environment_swaysock: envSwaysock,
      environment_matches: connected && env !== null ? envSwaysock === s.path || envSwaysock !== null && envSwaysock === this.options.stableSocketPath : null
    };
  }
  /**
   * After each read: the health may show a new `SWAYSOCK`, and the environment is acted on;
   * neither when the block is the very one the connection in use was last found right with
   * (a read every interval finds it so nearly always).
   */
  onRefreshed = (env) => {
    if (this.settled !== null && this.settled.state === this.state && this.settled.env === env) return;
    this.emitIfChanged();
    void this.reconcile();
  };
  onDirectoryEvent(name) {
    if (this.state.kind === "connected" || this.stopped) return;
    const entry = name === null ? null : String(name);
    const named = socketVariable(this.env.current?.SWAYSOCK);
    if (entry !== null && parseSwaySocketName(entry)?.uid !== this.uid) {
      if (named !== null && basename2(named) === entry) this.scheduleConnect(0);
      else if (performance.now() - this.env.lastReadAt >= this.options.intervalMs) void this.env.refresh();
      return;
    }
    this.backoffMs = RECONNECT_MIN_MS;
    this.scheduleConnect(0);
  }
  scheduleConnect(delayMs) {
    if (this.stopped || this.state.kind === "connected") return;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delayMs);
  }
  /** Discovery + connect attempts, never two at once; on failure schedules the next one with backoff. */
  async connect() {
    if (!await this.connectRuns()) return;
    if (this.state.kind === "disconnected") {
      this.scheduleConnect(this.backoffMs);
      this.backoffMs = Math.min(this.backoffMs * 2, RECONNECT_MAX_MS);
    }
  }
  connectRuns = serialised(
    () => this.connectOnce(),
    () => this.state.kind === "disconnected" && !this.stopped
  );
  /** Discovery with the manager's environment as last read; our own SWAYSOCK only when none answers. */
  discover() {
    const env = this.env.current;
    return discoverSway({
      runtimeDir: this.options.runtimeDir,
      uid: this.uid,
      swaySocket: this.options.swaySocket,
      swaysock: env === null ? this.options.ownSwaysock : null,
      managerEnv: env,
      timeoutMs: this.options.validationTimeoutMs,
      exclude: this.options.exclude
    });
  }
  async connectOnce() {
    const found = await this.discover();
    if (found.chosen === null || this.stopped) return;
    const next = await this.open(found.chosen);
    if (next === null || this.state.kind === "connected") {
      next?.client.close();
      return;
    }
    this.adopt(next);
    const how = found.ambiguous ? ` (${found.candidates.length} live Sways; chose the newest)` : "";
    this.transition("healthy", `connected to ${next.path}${how}`, this.connections > 1 ? "reconnect" : "connect");
    void this.env.refresh();
  }
  /** Connects to a candidate, subscribes to `shutdown` and measures one `GET_VERSION`; null when that fails. */
  async open(chosen) {
    const timeoutMs = this.options.validationTimeoutMs;
    let client = null;
    try {
      client = await SwayIpcClient.connect(chosen.path, { timeoutMs });
      await client.subscribe(["shutdown"], timeoutMs);
      const t0 = performance.now();
      await client.getVersion(timeoutMs);
      const latency = round3(performance.now() - t0);
      if (this.stopped) {
        client.close();
        return null;
      }
      const sway = { path: chosen.path, pid: chosen.pid, version: chosen.version.human_readable };
      return { kind: "connected", client, path: chosen.path, identity: chosen.identity, sway, since: performance.now(), latency, staleSince: null };
    } catch {
      client?.close();
      return null;
    }
  }
  /** Makes `next` the connection in use (counted) and closes the one it replaces. */
  adopt(next) {
    const previous = this.state;
    this.state = next;
    this.connections += 1;
    this.backoffMs = RECONNECT_MIN_MS;
    this.pending = null;
    this.lastValidated = (/* @__PURE__ */ new Date()).toISOString();
    const { client } = next;
    client.on("close", (reason) => this.onLost(client, reason ? reason.message : "connection closed", "eof"));
    client.on("event", (name) => {
      if (name === "shutdown") {
        this.onLost(client, "Sway's shutdown event", "shutdown_event");
        client.close();
      }
    });
    if (previous.kind === "connected") previous.client.close();
  }
  /** Leaves the connection in use for `candidate` (both live); logged and recorded as an event. */
  async switchTo(from, candidate, why) {
    const next = await this.open(candidate);
    if (next === null || this.state !== from || this.stopped) {
      next?.client.close();
      return;
    }
    this.adopt(next);
    this.transition("healthy", `switched from ${from.path} to ${next.path}: ${why}`, "switch", true);
    void this.env.refresh();
  }
  onLost(client, reason, cause) {
    const s = this.state;
    if (s.kind !== "connected" || s.client !== client || this.stopped) return;
    this.state = { kind: "disconnected", since: performance.now(), last: s.sway };
    this.pending = null;
    this.disconnectedReadMs = this.options.intervalMs;
    this.transition("disconnected", reason, cause);
    this.backoffMs = RECONNECT_MIN_MS;
    this.scheduleConnect(RECONNECT_MIN_MS);
    void this.env.refresh();
  }
  /** Periodic work: read the environment when due (not awaited), validate the connection (and leave it when stale too long). */
  async tick() {
    if (this.validating || this.stopped) return;
    this.validating = true;
    try {
      if (this.environmentDue()) void this.env.refresh();
      const s = this.state;
      if (s.kind === "connected") {
        await this.validate(s);
        if (this.state === s && s.staleSince !== null && performance.now() - s.staleSince >= this.holdMs()) await this.leaveStale(s);
      }
    } finally {
      this.validating = false;
    }
    if (!this.stopped) this.emit("tick");
  }
  /**
   * Whether this interval reads the environment: while a move is pending, else once its cadence
   * has passed since the last read (the interval's own, by default; while disconnected one that
   * starts at an interval and doubles). Reads go with the ticks, so a period is reached at the
   * tick nearest to it: half an interval early counts.
   */
  environmentDue() {
    if (this.pending !== null) return true;
    const connected = this.state.kind === "connected";
    const period = connected ? this.options.environmentIntervalMs : this.disconnectedReadMs;
    if (performance.now() - this.env.lastReadAt < period - this.options.intervalMs / 2) return false;
    if (!connected) this.disconnectedReadMs = Math.min(this.disconnectedReadMs * 2, this.options.environmentIntervalMs);
    return true;
  }
  holdMs() {
    return SWITCH_HOLD_INTERVALS * this.options.intervalMs;
  }
  async validate(s) {
    this.counters.validations += 1;
    const t0 = performance.now();
    try {
      await s.client.getVersion(this.options.validationTimeoutMs);
    } catch (err) {
      if (hasCode(err, "ERR_SWAYSOCK_IPC_TIMEOUT") && this.state === s) {
        s.latency = null;
        this.emit("validation", null, false);
        this.markStale(s, `GET_VERSION got no reply within ${this.options.validationTimeoutMs} ms`, "validation_timeout");
      }
      return;
    }
    if (this.state !== s) return;
    s.latency = round3(performance.now() - t0);
    const file = await inspectSocketFile(s.path, this.uid);
    if (file.kind !== "socket" || !sameIdentity(file.identity, s.identity)) {
      this.emit("validation", s.latency, false);
      this.markStale(s, file.kind === "absent" ? `socket file ${s.path} is gone` : `socket file ${s.path} was replaced`, "socket_replaced");
      return;
    }
    this.emit("validation", s.latency, true);
    this.lastValidated = (/* @__PURE__ */ new Date()).toISOString();
    s.staleSince = null;
    this.transition("healthy", "GET_VERSION answered", "validated");
  }
  markStale(s, reason, cause) {
    this.counters.validation_failures += 1;
    if (s.staleSince === null) {
      s.staleSince = performance.now();
      void this.env.refresh();
    }
    this.transition("stale", reason, cause);
  }
  /** Stale for the hold time: moves when discovery now chooses another live Sway. */
  async leaveStale(s) {
    const found = await this.discover();
    const chosen = found.chosen;
    if (chosen === null || this.state !== s) return;
    if (chosen.path === s.path && sameIdentity(chosen.identity, s.identity)) return;
    await this.switchTo(s, chosen, `stale for ${Math.round(performance.now() - s.staleSince)} ms and ${chosen.path} answers`);
  }
  /** Acts on the environment as last read: follow, repair or nothing (repair.ts decides); never two at once. */
  reconcile = serialised(
    () => this.reconcileOnce(),
    () => !this.stopped
  );
  async reconcileOnce() {
    const s = this.state;
    const env = this.env.current;
    const plan = await planEnvironment({
      connection: s.kind === "connected" ? s : null,
      disconnectedForMs: s.kind === "connected" ? 0 : performance.now() - s.since,
      env,
      graceMs: this.options.unsetGraceMs ?? DEFAULT_UNSET_GRACE_MS,
      probe: (path) => validateSwaySocket(path, this.uid, this.options.validationTimeoutMs, this.options.exclude),
      stableSocket: this.options.stableSocketPath
    });
    if (this.state !== s || this.stopped) return;
    if (plan.kind !== "follow") this.pending = null;
    this.settled = plan.kind === "keep" && s.kind === "connected" ? { state: s, env } : null;
    switch (plan.kind) {
      case "keep":
        return;
      case "follow": {
        if (this.options.swaySocket !== void 0) return;
        const path = plan.candidate.path;
        if (s.kind === "disconnected") return this.scheduleConnect(0);
        if (this.pending?.path !== path) {
          this.pending = { path, since: performance.now() };
          this.options.log(
            "notice",
            `the user manager's SWAYSOCK names another live Sway, ${path}; moving there if it still does in ${SWITCH_HOLD_INTERVALS} intervals`
          );
          return;
        }
        if (performance.now() - this.pending.since >= this.holdMs()) await this.switchTo(s, plan.candidate, "the user manager's SWAYSOCK names it");
        return;
      }
      case "set":
      case "unset": {
        if (!this.options.repairEnvironment) return;
        try {
          if (plan.kind === "set") await this.env.set(plan.vars);
          else await this.env.unset(plan.names);
        } catch (err) {
          this.options.log("warning", `environment repair failed: ${err.message}`);
          return;
        }
        this.counters.environment_repairs += 1;
        const what = plan.kind === "set" ? `repaired the user manager's environment: ${plan.message}` : `unset ${plan.names.join(" and ")} in the user manager: ${plan.message}`;
        this.history.append({ type: "environment_repair", time: (/* @__PURE__ */ new Date()).toISOString(), cause: "environment_repair", reason: what });
        this.options.log("notice", what);
        this.emitIfChanged();
      }
    }
  }
  /** Records and logs a status change with its cause; `force` records one that keeps the status (a switch). */
  transition(to, reason, cause, force = false) {
    const from = this.reportedStatus;
    this.reportedStatus = to;
    if (from !== to || force) {
      const path = this.state.kind === "connected" ? this.state.path : this.state.last?.path ?? null;
      const event = { type: "status", time: (/* @__PURE__ */ new Date()).toISOString(), cause, from, to, socket_path: path, reason };
      this.history.append(event);
      this.options.log(PRIORITY[to], `${to}: ${reason}${path && !reason.includes(path) ? ` (${path})` : ""}`);
    }
    this.emitIfChanged();
  }
  emitIfChanged() {
    const h = this.snapshot();
    const signature = JSON.stringify([
      h.status,
      h.socket_path,
      h.reconnection_count,
      h.sway_pid,
      h.sway_version,
      h.environment_swaysock,
      h.environment_matches
    ]);
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.emit("change", h);
  }
};
function serialised(body, wanted) {
  let running = false;
  let again = false;
  return async () => {
    if (running) {
      again = true;
      return false;
    }
    running = true;
    try {
      do {
        again = false;
        if (wanted()) await body();
      } while (again && wanted());
    } finally {
      running = false;
    }
    return true;
  };
}
function round3(x) {
  return Math.round(x * 1e3) / 1e3;
}

// ts/history/summary.ts
var SUMMARY_PERIOD_MS = 5 * 60 * 1e3;
var ValidationWindow = class {
  latencies = [];
  count = 0;
  failures = 0;
  startedAt = Date.now();
  /** One validation: its round trip in ms when it answered (null when it timed out), and whether it passed. */
  add(latencyMs, ok) {
    this.count += 1;
    if (!ok) this.failures += 1;
    if (latencyMs !== null) this.latencies.push(latencyMs);
  }
  /** The summary of the period so far (null when no validation ran), and a new period. */
  flush(now = Date.now()) {
    const { count, failures } = this;
    const sorted = this.latencies.sort((a, b) => a - b);
    const period = (now - this.startedAt) / 1e3;
    this.latencies = [];
    this.count = 0;
    this.failures = 0;
    this.startedAt = now;
    if (count === 0) return null;
    const latency = sorted.length === 0 ? null : { min: sorted[0], p50: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
    return {
      type: "validation_summary",
      time: new Date(now).toISOString(),
      cause: "summary",
      period_seconds: Math.round(period * 1e3) / 1e3,
      count,
      failures,
      latency_ms: latency
    };
  }
};
var SummaryRecorder = class {
  /** @param periodMs the summary period, in ms (default {@link SUMMARY_PERIOD_MS}). */
  constructor(history, periodMs = SUMMARY_PERIOD_MS) {
    this.history = history;
    this.timer = setInterval(() => this.flush(), periodMs);
    this.timer.unref();
  }
  history;
  window = new ValidationWindow();
  timer;
  /** One validation: its round trip in ms when it answered (null when it timed out), and whether it passed. */
  add(latencyMs, ok) {
    this.window.add(latencyMs, ok);
  }
  /** Stops the timer and records the summary of the period so far (if any validation ran). */
  stop() {
    clearInterval(this.timer);
    this.flush();
  }
  flush() {
    const summary = this.window.flush();
    if (summary !== null) this.history.append(summary);
  }
};

// ts/metrics/lazy.ts
function lazyMetrics(source) {
  let metrics = null;
  let loading = null;
  return {
    load: () => loading ??= import("./swaysock-metrics.mjs").then(({ createMetrics }) => {
      metrics = createMetrics(source);
      return metrics;
    }),
    current: () => metrics
  };
}

// ts/systemd/manager-environment.ts
import { EventEmitter as EventEmitter3 } from "node:events";
import { performance as performance2 } from "node:perf_hooks";
var ManagerEnvironment = class extends EventEmitter3 {
  constructor(access) {
    super();
    this.access = access;
  }
  access;
  /** Reads made. */
  reads = 0;
  value = null;
  readAt = -Infinity;
  inFlight = null;
  /** The last block read; null before the first read and when no user manager answered. */
  get current() {
    return this.value;
  }
  /** performance.now() of the last finished read, in ms; -Infinity before the first. */
  get lastReadAt() {
    return this.readAt;
  }
  /** Reads the block now, or joins the read in flight; resolves with it and emits `refreshed`. Never rejects. */
  refresh() {
    this.inFlight ??= this.access.read().then((env) => {
      this.inFlight = null;
      this.value = env;
      this.reads += 1;
      this.readAt = performance2.now();
      this.emit("refreshed", env);
      return env;
    });
    return this.inFlight;
  }
  /** Sets variables in the manager and in the cache. @throws Error when the manager refuses. */
  async set(vars) {
    await this.access.set(vars);
    if (this.value !== null) this.value = { ...this.value, ...vars };
  }
  /** Unsets variables in the manager and in the cache. @throws Error when the manager refuses. */
  async unset(names) {
    await this.access.unset(names);
    if (this.value !== null) this.value = Object.fromEntries(Object.entries(this.value).filter(([k]) => !names.includes(k)));
  }
  /** Closes the access (its connection to the manager). */
  close() {
    this.access.close?.();
  }
};

// ts/systemd/manager-link.ts
import { performance as performance3 } from "node:perf_hooks";

// ts/dbus/connection.ts
var import_message = __toESM(require_message(), 1);
var METHOD_CALL = 1;
var METHOD_RETURN = 2;
var ERROR = 3;
var SIGNAL = 4;
var MAX_MESSAGE_BYTES = 2 ** 27;
var DBusError = class extends SwaysockError {
  constructor(code, message, dbusName, options) {
    super(code, message, options);
    this.dbusName = dbusName;
    this.name = "DBusError";
  }
  dbusName;
};
function parseBusAddress(address) {
  for (const entry of address.split(";")) {
    const colon = entry.indexOf(":");
    if (entry.slice(0, colon) !== "unix") continue;
    const params2 = new Map(
      entry.slice(colon + 1).split(",").map((kv) => [kv.slice(0, kv.indexOf("=")), decodeURIComponent(kv.slice(kv.indexOf("=") + 1))])
    );
    const path = params2.get("path");
    if (path) return { path, bus: true };
    const abstract = params2.get("abstract");
    if (abstract) return { path: `\0${abstract}`, bus: true };
  }
  throw new DBusError("ERR_SWAYSOCK_DBUS_ADDRESS", `no unix:path= or unix:abstract= entry in the bus address ${JSON.stringify(address)}`);
}
var EncodedCall = class {
  constructor(what, bytes) {
    this.what = what;
    this.bytes = bytes;
  }
  what;
  bytes;
  /** The body bytes of the last method return to it, and that body decoded (treat as read-only). */
  lastReply = null;
};
var BUS_DRIVER = { destination: "org.freedesktop.DBus", path: "/org/freedesktop/DBus", interface: "org.freedesktop.DBus" };
var DBusConnection = class _DBusConnection {
  constructor(socket, address) {
    this.socket = socket;
    this.address = address;
    socket.on(
      "error",
      (err) => this.lost(
        new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", `the D-Bus connection to ${printable(address.path)} failed (${err.code ?? err.message})`, void 0, {
          cause: err
        })
      )
    );
    socket.on("close", () => this.lost(new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", `the D-Bus connection to ${printable(address.path)} was closed`)));
    setImmediate(() => socket.on("data", (chunk) => this.readMessages(chunk)));
  }
  socket;
  address;
  serial = 1;
  pending = /* @__PURE__ */ new Map();
  /** Signal listeners by member name. */
  signalMembers = /* @__PURE__ */ new Map();
  /** Bytes read but not yet a whole message. */
  buffered = Buffer.alloc(0);
  closedBy = null;
  closeListeners = /* @__PURE__ */ new Set();
  /**
   * Cuts what the socket sent (`chunk`, after what was left of the last one) into whole messages
   * (D-Bus specification, "Message Format": a 16-byte fixed header with the body's and the header
   * fields' lengths, the fields padded to 8 bytes, the body) and decodes each (`decode`; one that
   * cannot be decoded loses the connection with `ERR_SWAYSOCK_DBUS_REPLY`), except signals no
   * listener asked for: their member name is not among the header fields' bytes, so they are
   * dropped unparsed (the manager's private socket sends every signal to every peer; decoding them
   * all cost more CPU than the calls); and except a reply to an encoded call that repeats its last
   * reply ({@link answeredAsBefore}).
   */
  readMessages(chunk) {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 16) {
      const le = this.buffered[0] === 108;
      const u32 = (offset) => le ? this.buffered.readUInt32LE(offset) : this.buffered.readUInt32BE(offset);
      const fieldsEnd = 16 + u32(12);
      const bodyLength = u32(4);
      const size = 16 + Math.ceil(u32(12) / 8) * 8 + bodyLength;
      if (size > MAX_MESSAGE_BYTES) {
        this.lost(new DBusError("ERR_SWAYSOCK_DBUS_REPLY", `${printable(this.address.path)} sent a message of ${size} bytes, more than D-Bus allows`));
        this.socket.destroy();
        return;
      }
      if (this.buffered.length < size) return;
      const bytes = this.buffered.subarray(0, size);
      this.buffered = this.buffered.subarray(size);
      if (bytes[1] === SIGNAL && !this.listenedFor(bytes.subarray(16, fieldsEnd))) continue;
      if (bytes[1] === METHOD_RETURN && this.answeredAsBefore(bytes, le, size - bodyLength)) continue;
      let message;
      try {
        message = decode(bytes);
      } catch (err) {
        this.lost(
          new DBusError(
            "ERR_SWAYSOCK_DBUS_REPLY",
            `${printable(this.address.path)} sent a message that cannot be decoded (${err.message})`,
            void 0,
            { cause: err }
          )
        );
        this.socket.destroy();
        return;
      }
      this.receive(message, bytes.subarray(size - bodyLength));
    }
  }
  /**
   * Settles the call a method return answers, without decoding it, when the call was
   * {@link encode}d and its last reply had the very same body bytes: with the body decoded then
   * (the same array). The serial it answers is read from the header fields as the D-Bus
   * specification lays them out ("Message Format": 8-aligned (BYTE code, VARIANT) structs; the
   * REPLY_SERIAL field, code 5, is a UINT32). Returns false for the caller to decode it.
   */
  answeredAsBefore(bytes, le, bodyAt) {
    const serial = replySerialOf(bytes, le);
    const p = serial === null ? void 0 : this.pending.get(serial);
    const last = p?.encoded?.lastReply;
    if (p === void 0 || last === void 0 || last === null || !last.bytes.equals(bytes.subarray(bodyAt))) return false;
    this.pending.delete(serial);
    p.deadline.cancel();
    p.resolve(last.body);
    return true;
  }
  /** Whether a signal's header fields (`fields`, raw bytes) name a member some listener asked for; no decoding, no allocation per member. */
  listenedFor(fields) {
    for (const member of this.signalMembers.keys()) if (fields.includes(member)) return true;
    return false;
  }
  /**
   * Connects to `address`, authenticates with EXTERNAL (our UID) and, on a bus, says `Hello`.
   * @param timeoutMs deadline of all of it, in ms.
   * @throws DBusError `ERR_SWAYSOCK_DBUS_CONNECT` (`cause`: the ConnectError with its errno code),
   *   `ERR_SWAYSOCK_DBUS_AUTH`, or `ERR_SWAYSOCK_DBUS_TIMEOUT`; the socket is closed first.
   */
  static async open(address, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let socket;
    try {
      socket = await connectUnix(address.path, timeoutMs);
    } catch (err) {
      const code = hasCode(err, "ERR_SWAYSOCK_CONNECT") ? err.systemCode : "EUNKNOWN";
      throw new DBusError("ERR_SWAYSOCK_DBUS_CONNECT", `cannot connect to ${printable(address.path)} (${code})`, void 0, { cause: err });
    }
    try {
      await authenticate(socket, Math.max(1, deadline - Date.now()), address.path);
    } catch (err) {
      socket.destroy();
      throw err;
    }
    const connection = new _DBusConnection(socket, address);
    if (address.bus) {
      try {
        await connection.call({ ...BUS_DRIVER, member: "Hello" }, Math.max(1, deadline - Date.now()));
      } catch (err) {
        connection.close();
        const e = err;
        throw e.code === "ERR_SWAYSOCK_DBUS_CALL" ? new DBusError("ERR_SWAYSOCK_DBUS_AUTH", `the bus at ${printable(address.path)} refused Hello: ${e.message}`, e.dbusName) : e;
      }
    }
    return connection;
  }
  /** True once the connection is closed or lost; every call fails then. */
  get closed() {
    return this.closedBy !== null;
  }
  /** Why the connection was closed or lost; null while it is open. */
  get closeReason() {
    return this.closedBy?.message ?? null;
  }
  /**
   * Sends a method call and resolves with the reply's body (decoded along its signature; `[]`
   * for none). Calls need not wait for each other: several may be in flight on one connection.
   * `call` may be one {@link encode}d before: sent as it is, with a new serial.
   * @param timeoutMs deadline for the reply, in ms.
   * @throws DBusError `ERR_SWAYSOCK_DBUS_CALL` (the peer's error, with `dbusName`),
   *   `ERR_SWAYSOCK_DBUS_TIMEOUT`, `ERR_SWAYSOCK_DBUS_CLOSED`, or `ERR_SWAYSOCK_DBUS_REPLY` when
   *   `body` does not match `signature`.
   */
  call(call, timeoutMs) {
    let encoded;
    try {
      encoded = call instanceof EncodedCall ? call : this.encode(call);
    } catch (err) {
      return Promise.reject(err);
    }
    const { what } = encoded;
    if (this.closedBy !== null) return Promise.reject(new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", `${what}: ${this.closedBy.message}`));
    const serial = this.serial++;
    const bytes = Buffer.from(encoded.bytes);
    if (bytes[0] === 108) bytes.writeUInt32LE(serial, 8);
    else bytes.writeUInt32BE(serial, 8);
    return new Promise((resolve, reject) => {
      const deadline = new Deadline(timeoutMs, () => {
        this.pending.delete(serial);
        reject(new DBusError("ERR_SWAYSOCK_DBUS_TIMEOUT", `${what}: no reply from ${printable(this.address.path)} within ${timeoutMs} ms`));
      });
      this.pending.set(serial, { resolve, reject, deadline, what, encoded: call instanceof EncodedCall ? encoded : void 0 });
      this.socket.write(bytes);
    });
  }
  /**
   * Encodes a method call for this connection once (the destination kept on a bus, left out on a
   * direct connection), to be sent with {@link call} as often as needed: for a call a program
   * repeats, such as a property read every few seconds, it saves the codec's marshalling, the
   * costliest part of a call in code that runs too seldom to be optimised.
   * @throws DBusError `ERR_SWAYSOCK_DBUS_REPLY` when `body` does not match `signature`.
   */
  encode(call) {
    const what = `${call.interface}.${call.member}`;
    try {
      return new EncodedCall(what, import_message.default.marshall({ type: METHOD_CALL, serial: 1, ...call, destination: this.address.bus ? call.destination : void 0 }));
    } catch (err) {
      throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", `${what}: cannot encode the call: ${err.message}`, void 0, { cause: err });
    }
  }
  /**
   * Calls `listener` with every signal named `member` (e.g. `JobRemoved`) received from now on;
   * returns a function that removes it. Signals that no listener names are not decoded.
   */
  onSignal(member, listener) {
    let listeners = this.signalMembers.get(member);
    if (listeners === void 0) this.signalMembers.set(member, listeners = /* @__PURE__ */ new Set());
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.signalMembers.delete(member);
    };
  }
  /** Calls `listener` once when the connection is closed or lost (at once if it already is); returns a function that removes it. */
  onClose(listener) {
    if (this.closedBy !== null) {
      listener(this.closedBy);
      return () => {
      };
    }
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }
  /**
   * Adds a match rule on a bus (`org.freedesktop.DBus.AddMatch`; D-Bus specification, "Match
   * Rules"), so that the bus routes the broadcast signals it names to us. A no-op on a direct
   * connection, where the peer sends what it sends.
   * @throws DBusError as {@link call}.
   */
  async addMatch(rule, timeoutMs) {
    if (this.address.bus) await this.call({ ...BUS_DRIVER, member: "AddMatch", signature: "s", body: [rule] }, timeoutMs);
  }
  /** Closes the connection; pending calls fail with `ERR_SWAYSOCK_DBUS_CLOSED`. Idempotent. */
  close() {
    this.lost(new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", `the D-Bus connection to ${printable(this.address.path)} was closed by us`));
    this.socket.destroy();
  }
  lost(reason) {
    if (this.closedBy !== null) return;
    this.closedBy = reason;
    for (const [serial, p] of this.pending) {
      p.deadline.cancel();
      this.pending.delete(serial);
      p.reject(new DBusError(reason.code, `${p.what}: ${reason.message}`, void 0, { cause: reason }));
    }
    for (const listener of this.closeListeners) listener(reason);
    this.closeListeners.clear();
  }
  /** Hands a decoded message to its call or its signal's listeners; `bodyBytes`: its body as received. */
  receive(m, bodyBytes) {
    if (m.type === SIGNAL) {
      const signal = { path: m.path ?? "", interface: m.interface ?? "", member: m.member ?? "", body: m.body ?? [] };
      for (const listener of this.signalMembers.get(signal.member) ?? []) listener(signal);
      return;
    }
    if (m.type !== METHOD_RETURN && m.type !== ERROR) return;
    const p = m.replySerial === void 0 ? void 0 : this.pending.get(m.replySerial);
    if (p === void 0) return;
    this.pending.delete(m.replySerial);
    p.deadline.cancel();
    if (m.type === METHOD_RETURN) {
      const body = m.body ?? [];
      if (p.encoded !== void 0) p.encoded.lastReply = { bytes: Buffer.from(bodyBytes), body };
      p.resolve(body);
    } else {
      const text = typeof m.body?.[0] === "string" ? m.body[0] : "";
      p.reject(new DBusError("ERR_SWAYSOCK_DBUS_CALL", `${p.what}: ${m.errorName ?? "error"}${text ? `: ${text}` : ""}`, m.errorName));
    }
  }
};
function decode(bytes) {
  let offset = 0;
  let onReadable;
  const oneMessage = {
    on(_event, listener) {
      onReadable = listener;
    },
    read(size) {
      if (offset + size > bytes.length) return null;
      offset += size;
      return bytes.subarray(offset - size, offset);
    }
  };
  let decoded;
  import_message.default.unmarshalMessages(oneMessage, (m) => decoded = m, {});
  onReadable?.();
  if (decoded === void 0) throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", "no whole message");
  return decoded;
}
function replySerialOf(bytes, le) {
  const u32 = (offset) => le ? bytes.readUInt32LE(offset) : bytes.readUInt32BE(offset);
  const end = 16 + u32(12);
  for (let at = 16; at + 8 <= end; at = Math.ceil(at / 8) * 8) {
    const type = bytes[at + 1] === 1 ? String.fromCharCode(bytes[at + 2]) : "";
    const value = at + 4;
    if (type === "u") {
      if (bytes[at] === 5) return u32(value);
      at = value + 4;
    } else if (type === "s" || type === "o") at = value + 4 + u32(value) + 1;
    else if (type === "g") at = value + 1 + bytes[value] + 1;
    else return null;
  }
  return null;
}
var printable = (path) => path.startsWith("\0") ? `@${path.slice(1)}` : path;
function authenticate(socket, timeoutMs, path) {
  const uid = process.getuid?.() ?? 0;
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const finish = (err) => {
      deadline.cancel();
      socket.off("close", onClose);
      socket.off("readable", onReadable);
      if (err) reject(err);
      else resolve();
    };
    const onClose = () => finish(new DBusError("ERR_SWAYSOCK_DBUS_AUTH", `${printable(path)} closed the connection during authentication`));
    const onReadable = () => {
      for (let chunk; (chunk = socket.read()) !== null; ) received = Buffer.concat([received, chunk]);
      const eol = received.indexOf("\r\n");
      if (eol === -1) {
        if (received.length > 4096) finish(new DBusError("ERR_SWAYSOCK_DBUS_AUTH", `${printable(path)} sent no authentication line`));
        return;
      }
      const line = received.subarray(0, eol).toString("latin1");
      const rest = received.subarray(eol + 2);
      if (!line.startsWith("OK "))
        return finish(new DBusError("ERR_SWAYSOCK_DBUS_AUTH", `${printable(path)} refused EXTERNAL authentication as UID ${uid}: ${line}`));
      if (rest.length > 0) socket.unshift(rest);
      finish(null);
    };
    const deadline = new Deadline(
      timeoutMs,
      () => finish(new DBusError("ERR_SWAYSOCK_DBUS_TIMEOUT", `no authentication from ${printable(path)} within ${timeoutMs} ms`))
    );
    socket.once("close", onClose);
    socket.on("error", () => {
    });
    socket.on("readable", onReadable);
    socket.write(`\0AUTH EXTERNAL ${Buffer.from(String(uid)).toString("hex")}\r
BEGIN\r
`);
  });
}

// ts/systemd/manager-bus.ts
import { join as join5 } from "node:path";
var SYSTEMD = { destination: "org.freedesktop.systemd1", path: "/org/freedesktop/systemd1" };
var MANAGER = { ...SYSTEMD, interface: "org.freedesktop.systemd1.Manager" };
var PROPERTIES = "org.freedesktop.DBus.Properties";
var CALL_TIMEOUT_MS = 5e3;
var JobFailedError = class extends DBusError {
  constructor(unit, result) {
    super("ERR_SWAYSOCK_JOB_FAILED", jobMessage(unit, result));
    this.unit = unit;
    this.result = result;
    this.name = "JobFailedError";
  }
  unit;
  result;
};
function jobMessage(unit, result) {
  switch (result) {
    case "canceled":
    case "collected":
      return `job for ${unit} canceled (${result})`;
    case "timeout":
      return `job for ${unit} timed out`;
    case "dependency":
      return `a dependency job for ${unit} failed`;
    default:
      return `job for ${unit} failed (result: ${result})`;
  }
}
function unitObjectPath(unit) {
  let label = "";
  for (const [i, byte] of [...Buffer.from(unit, "utf8")].entries()) {
    const c = String.fromCharCode(byte);
    label += /[A-Za-z]/.test(c) || i > 0 && /[0-9]/.test(c) ? c : `_${byte.toString(16).padStart(2, "0")}`;
  }
  return `${SYSTEMD.path}/unit/${label || "_"}`;
}
function variantValue(body, what) {
  const variant = body[0];
  if (!Array.isArray(variant) || !Array.isArray(variant[1]) || variant[1].length !== 1)
    throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", `${what}: the reply is not a variant`);
  return variant[1][0];
}
var ManagerBus = class {
  constructor(connection) {
    this.connection = connection;
  }
  connection;
  jobsWatched = null;
  listeningForJobs = false;
  environmentCall = null;
  /** The last environment block read: the property's entries as sent, and the object made of them. */
  lastEnvironment = null;
  /**
   * Results of `JobRemoved` signals by job object path, kept while a `StartUnit` reply is on its
   * way (its job may end before the reply is read), so that {@link startUnit} finds them.
   */
  removedJobs = /* @__PURE__ */ new Map();
  startsInFlight = 0;
  jobWaiters = /* @__PURE__ */ new Map();
  /** Whether this talks to the manager over its private socket (true) or over the session bus (false). */
  get direct() {
    return !this.connection.address.bus;
  }
  call(call, timeoutMs) {
    return this.connection.call({ ...call, destination: SYSTEMD.destination }, timeoutMs);
  }
  /**
   * A unit's `ActiveState` (`active`, `reloading`, `inactive`, `failed`, `activating`,
   * `deactivating`, ...; org.freedesktop.systemd1(5)); `inactive` for a unit that does not exist.
   * @throws DBusError (e.g. `ERR_SWAYSOCK_DBUS_CALL` for an invalid unit name).
   */
  async activeState(unit, timeoutMs = CALL_TIMEOUT_MS) {
    const what = `ActiveState of ${unit}`;
    const body = await this.call(
      { path: unitObjectPath(unit), interface: PROPERTIES, member: "Get", signature: "ss", body: ["org.freedesktop.systemd1.Unit", "ActiveState"] },
      timeoutMs
    );
    const value = variantValue(body, what);
    if (typeof value !== "string") throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", `${what}: not a string`);
    return value;
  }
  /**
   * The manager's environment block (the `Environment` property, `as` of `NAME=value`), as name
   * to value. Values are exactly what was set: no quoting to undo (unlike `systemctl show-environment`).
   * A block the same as the last one read on this connection is that same object (treat it as
   * read-only), so a caller that reads often can tell "unchanged" by identity.
   * @throws DBusError.
   */
  async environment(timeoutMs = CALL_TIMEOUT_MS) {
    this.environmentCall ??= this.connection.encode({
      ...MANAGER,
      interface: PROPERTIES,
      member: "Get",
      signature: "ss",
      body: [MANAGER.interface, "Environment"]
    });
    const body = await this.connection.call(this.environmentCall, timeoutMs);
    const value = variantValue(body, "Environment");
    if (!Array.isArray(value)) throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", "Environment: not an array");
    const entries = value;
    const last = this.lastEnvironment;
    if (last !== null && last.entries.length === entries.length && entries.every((e, i) => e === last.entries[i])) return last.env;
    const env = {};
    for (const entry of entries) {
      const eq = entry.indexOf("=");
      if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    this.lastEnvironment = { entries, env };
    return env;
  }
  /** `SetEnvironment`: sets `vars` in the manager's environment (nothing to do for none). @throws DBusError (the manager refuses invalid assignments: `ERR_SWAYSOCK_DBUS_CALL`). */
  async setEnvironment(vars, timeoutMs = CALL_TIMEOUT_MS) {
    const assignments = Object.entries(vars).map(([k, v]) => `${k}=${v}`);
    if (assignments.length > 0) await this.call({ ...MANAGER, member: "SetEnvironment", signature: "as", body: [assignments] }, timeoutMs);
  }
  /** `UnsetEnvironment`: removes `names` from the manager's environment (names not set are ignored). @throws DBusError. */
  async unsetEnvironment(names, timeoutMs = CALL_TIMEOUT_MS) {
    if (names.length > 0) await this.call({ ...MANAGER, member: "UnsetEnvironment", signature: "as", body: [[...names]] }, timeoutMs);
  }
  /** `ResetFailed`: resets the failed state of every unit (systemctl(1) `reset-failed`). @throws DBusError. */
  async resetFailed(timeoutMs = CALL_TIMEOUT_MS) {
    await this.call({ ...MANAGER, member: "ResetFailed" }, timeoutMs);
  }
  /**
   * `StartUnit(unit, mode)` and waits until the job it queued is removed, as `systemctl start`
   * does: resolves with the job's result, `done` or `skipped`. Job results arrive as
   * `JobRemoved(u id, o job, s unit, s result)` signals: on a direct connection the manager
   * sends them to every peer; on the bus this subscribes first (`Subscribe`, and a match rule).
   * @param timeoutMs deadline of the whole start, job included, in ms (systemctl waits without
   *   one; the job itself goes on in the manager when it passes).
   * @throws JobFailedError (`ERR_SWAYSOCK_JOB_FAILED`, `result` as systemctl maps it), DBusError
   *   (`ERR_SWAYSOCK_DBUS_TIMEOUT`, `ERR_SWAYSOCK_DBUS_CLOSED`, `ERR_SWAYSOCK_DBUS_CALL`, e.g. an unknown unit).
   */
  async startUnit(unit, mode, timeoutMs = CALL_TIMEOUT_MS) {
    const deadline = Date.now() + timeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    await this.watchJobs(left());
    let job;
    this.startsInFlight++;
    try {
      [job] = await this.call({ ...MANAGER, member: "StartUnit", signature: "ss", body: [unit, mode] }, left());
    } finally {
      if (--this.startsInFlight === 0) queueMicrotask(() => this.startsInFlight === 0 && this.removedJobs.clear());
    }
    const result = await this.jobResult(job, unit, left());
    if (result !== "done" && result !== "skipped") throw new JobFailedError(unit, result);
    return result;
  }
  /**
   * Listens for job signals once per connection, from the first start on (so a connection that
   * starts nothing decodes none; on the private socket the manager sends them anyway); on the bus
   * also asks for them (a match rule and `Subscribe`).
   */
  watchJobs(timeoutMs) {
    if (!this.listeningForJobs) {
      this.listeningForJobs = true;
      this.connection.onSignal("JobRemoved", (s) => {
        if (s.interface !== MANAGER.interface) return;
        const [, job, , result] = s.body;
        const waiter = this.jobWaiters.get(job);
        if (waiter) waiter(result);
        else if (this.startsInFlight > 0) this.removedJobs.set(job, result);
      });
    }
    this.jobsWatched ??= this.direct ? Promise.resolve() : Promise.all([
      this.connection.addMatch(
        `type='signal',sender='${SYSTEMD.destination}',path='${SYSTEMD.path}',interface='${MANAGER.interface}',member='JobRemoved'`,
        timeoutMs
      ),
      this.call({ ...MANAGER, member: "Subscribe" }, timeoutMs)
    ]).then(() => void 0);
    const watched = this.jobsWatched;
    watched.catch(() => {
      if (this.jobsWatched === watched) this.jobsWatched = null;
    });
    return watched;
  }
  /** Resolves with the result of `job` once it is removed (it may be already). @throws DBusError TIMEOUT or CLOSED. */
  jobResult(job, unit, timeoutMs) {
    const known = this.removedJobs.get(job);
    if (known !== void 0) {
      this.removedJobs.delete(job);
      return Promise.resolve(known);
    }
    return new Promise((resolve, reject) => {
      const done = () => {
        deadline.cancel();
        this.jobWaiters.delete(job);
        unClose();
      };
      const deadline = new Deadline(timeoutMs, () => {
        done();
        reject(new DBusError("ERR_SWAYSOCK_DBUS_TIMEOUT", `job ${job} for ${unit} did not finish within ${timeoutMs} ms`));
      });
      const unClose = this.connection.onClose((reason) => {
        done();
        reject(new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", `waiting for the job for ${unit}: ${reason.message}`, void 0, { cause: reason }));
      });
      this.jobWaiters.set(job, (result) => {
        done();
        resolve(result);
      });
    });
  }
  /** Closes the connection. Idempotent. */
  close() {
    this.connection.close();
  }
};
function sessionBusAddress(env, runtimeDir) {
  return env.DBUS_SESSION_BUS_ADDRESS ? parseBusAddress(env.DBUS_SESSION_BUS_ADDRESS) : { path: join5(runtimeDir, "bus"), bus: true };
}
async function connectManager(env, runtimeDir, timeoutMs = CALL_TIMEOUT_MS, first = "private") {
  const second = first === "private" ? "bus" : "private";
  const place = (route) => route === "private" ? "its private socket" : "the session bus";
  try {
    return await connectManagerVia(first, env, runtimeDir, timeoutMs);
  } catch (firstErr) {
    try {
      return await connectManagerVia(second, env, runtimeDir, timeoutMs);
    } catch (secondErr) {
      const e = secondErr;
      throw new DBusError(
        e.code,
        `cannot reach the systemd user manager: ${place(first)}: ${firstErr.message}; ${place(second)}: ${e.message}`,
        e.dbusName,
        { cause: secondErr }
      );
    }
  }
}
async function connectManagerVia(route, env, runtimeDir, timeoutMs = CALL_TIMEOUT_MS) {
  const address = route === "private" ? { path: join5(runtimeDir, "systemd", "private"), bus: false } : sessionBusAddress(env, runtimeDir);
  return new ManagerBus(await DBusConnection.open(address, timeoutMs));
}

// ts/systemd/manager-link.ts
var RETRY_MIN_MS = 1e3;
var RETRY_MAX_MS = 6e4;
function notOnTheBus(err) {
  const name = err.code === "ERR_SWAYSOCK_DBUS_CALL" ? err.dbusName ?? "" : "";
  return name === "org.freedesktop.DBus.Error.ServiceUnknown" || name === "org.freedesktop.DBus.Error.NameHasNoOwner" || name.startsWith("org.freedesktop.DBus.Error.Spawn.");
}
function retryFor(err, onBus) {
  if (err.code === "ERR_SWAYSOCK_DBUS_CLOSED") return "reconnect";
  if (!onBus) return null;
  if (err.code === "ERR_SWAYSOCK_DBUS_CALL" && err.dbusName === "org.freedesktop.DBus.Error.NoReply") return "again";
  return notOnTheBus(err) ? "private" : null;
}
var ManagerLink = class {
  constructor(options) {
    this.options = options;
    this.timeoutMs = options.timeoutMs ?? CALL_TIMEOUT_MS;
  }
  options;
  current = null;
  connecting = null;
  /** Which route the next connection tries first. */
  first = "bus";
  /** performance.now() before which no connection is tried (ms), and the wait that set it. */
  retryAt = -Infinity;
  retryMs = 0;
  closed = false;
  timeoutMs;
  /** The environment block as name to value, or null when no manager answers within the deadline. Never rejects. */
  async read() {
    try {
      return await this.withManager((m, ms) => m.environment(ms));
    } catch {
      return null;
    }
  }
  /** `SetEnvironment`. @throws DBusError (the manager's refusal, or none reachable). */
  set(vars) {
    return this.withManager((m, ms) => m.setEnvironment(vars, ms));
  }
  /** `UnsetEnvironment`. @throws DBusError. */
  unset(names) {
    return this.withManager((m, ms) => m.unsetEnvironment(names, ms));
  }
  /** Closes the connection; later calls fail. Idempotent. */
  close() {
    this.closed = true;
    this.current?.close();
    this.current = null;
    void this.connecting?.then(
      (m) => m.close(),
      () => void 0
    );
  }
  /**
   * Runs `op` with the connection and what is left of the deadline (ms), and once more when the
   * first run failed in a way another may not ({@link retryFor}).
   */
  async withManager(op) {
    const deadline = performance3.now() + this.timeoutMs;
    const left = () => Math.max(1, deadline - performance3.now());
    for (let attempt = 1; ; attempt++) {
      const manager = await this.connected(left());
      try {
        return await op(manager, left());
      } catch (err) {
        const retry = attempt === 1 ? retryFor(err, !manager.direct) : null;
        if (retry === null) throw err;
        if (retry === "again") continue;
        if (this.current === manager) this.current = null;
        manager.close();
        if (retry === "private") this.first = "private";
        const why = retry === "private" ? "reaches no manager on the session bus" : "was lost";
        this.options.log("notice", `the user manager connection ${why} (${err.message}); connecting again`);
      }
    }
  }
  /** The open connection, or a new one (one attempt at a time; none during the backoff). @throws DBusError. */
  connected(timeoutMs) {
    if (this.closed) return Promise.reject(new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", "the user manager connection was closed by us"));
    if (this.current !== null && !this.current.connection.closed) return Promise.resolve(this.current);
    if (this.current !== null) {
      this.options.log("notice", `the user manager connection was lost (${this.current.connection.closeReason}); connecting again`);
      this.current = null;
    }
    if (performance3.now() < this.retryAt) {
      return Promise.reject(
        new DBusError("ERR_SWAYSOCK_DBUS_CONNECT", `no user manager answered; trying again in ${Math.ceil((this.retryAt - performance3.now()) / 1e3)} s`)
      );
    }
    const { env, runtimeDir, log: log2 } = this.options;
    this.connecting ??= connectManager(env, runtimeDir, timeoutMs / 2, this.first).then(
      (manager) => {
        this.connecting = null;
        if (this.closed) {
          manager.close();
          throw new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", "the user manager connection was closed by us");
        }
        log2("info", `talking to the user manager over ${manager.direct ? "its private socket" : "the session bus"} (${manager.connection.address.path})`);
        this.current = manager;
        this.first = "bus";
        this.retryMs = 0;
        return manager;
      },
      (err) => {
        this.connecting = null;
        if (this.retryMs === 0) log2("notice", `${err.message}; going on without it, trying again from time to time`);
        this.retryMs = Math.min(Math.max(RETRY_MIN_MS, this.retryMs * 2), RETRY_MAX_MS);
        this.retryAt = performance3.now() + this.retryMs;
        throw err;
      }
    );
    return this.connecting;
  }
};

// ts/systemd/listen-fds.ts
var SD_LISTEN_FDS_START = 3;
function listenFdsWithNames(env = process.env, pid = process.pid) {
  const forUs = env.LISTEN_PID !== void 0 && Number(env.LISTEN_PID) === pid;
  const count = forUs ? Number(env.LISTEN_FDS) : 0;
  const names = forUs && env.LISTEN_FDNAMES !== void 0 ? env.LISTEN_FDNAMES.split(":") : [];
  delete env.LISTEN_PID;
  delete env.LISTEN_FDS;
  delete env.LISTEN_FDNAMES;
  if (!Number.isInteger(count) || count <= 0) return [];
  const named = names.length === count;
  return Array.from({ length: count }, (_, i) => ({ fd: SD_LISTEN_FDS_START + i, name: named ? names[i] : "unknown" }));
}

// ts/proxy/serve.ts
import { lstatSync as lstatSync4, unlinkSync } from "node:fs";
import { createServer as createServer2 } from "node:net";

// ts/listen/served-socket.ts
import { lstatSync as lstatSync3 } from "node:fs";
import { chmod, lstat, unlink } from "node:fs/promises";
import { dirname } from "node:path";

// ts/fs/private-dir.ts
import { lstatSync as lstatSync2, mkdirSync as mkdirSync2 } from "node:fs";
var UnsafeDirectoryError = class extends SwaysockError {
  constructor(dir, problem, fix) {
    super("ERR_SWAYSOCK_UNSAFE_DIRECTORY", `${problem}${fix === null ? "" : ` (${fix})`}`);
    this.dir = dir;
    this.problem = problem;
    this.fix = fix;
    this.name = "UnsafeDirectoryError";
  }
  dir;
  problem;
  fix;
};
function ensurePrivateDir(dir, uid = process.getuid()) {
  mkdirSync2(dir, { recursive: true, mode: 448 });
  checkPrivateDir(dir, uid);
}
function checkPrivateDir(dir, uid = process.getuid()) {
  const st = lstatSync2(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  const problem = notOwnerOnly(dir, st, uid);
  if (problem !== null) throw new UnsafeDirectoryError(dir, problem, st.uid === uid ? `chmod 0700 ${dir}` : null);
}
function notOwnerOnly(path, st, uid) {
  if (st.uid !== uid) return `${path} belongs to UID ${st.uid}, not to us (UID ${uid})`;
  if ((st.mode & 63) !== 0) return `${path} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`;
  return null;
}

// ts/listen/served-socket.ts
var SocketPathError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_SOCKET_PATH", message);
    this.name = "SocketPathError";
  }
};
async function prepareSocketPath(path, uid = process.getuid()) {
  try {
    ensurePrivateDir(dirname(path), uid);
  } catch (err) {
    if (!hasCode(err, "ERR_SWAYSOCK_UNSAFE_DIRECTORY")) throw err;
    throw new SocketPathError(`${err.problem}; refusing to serve there${err.fix === null ? "" : ` (${err.fix})`}`);
  }
  const existing = await lstat(path).catch((err) => err.code === "ENOENT" ? null : Promise.reject(err));
  if (existing === null) return false;
  if (!existing.isSocket()) throw new SocketPathError(`${path} exists and is not a socket; refusing to replace it`);
  const probe = await probeSocket(path);
  if (probe.kind === "listening") throw new SocketPathError(`a live swaysock-healthd already serves ${path}`);
  if (probe.kind !== "refused" && probe.kind !== "absent")
    throw new SocketPathError(`cannot tell whether ${path} is in use (${probe.code}); refusing to replace it`);
  await unlink(path).catch((err) => err.code === "ENOENT" ? void 0 : Promise.reject(err));
  return true;
}
function servedSocketIdentity(path) {
  const st = lstatSync3(path);
  return { dev: st.dev, ino: st.ino };
}
function checkServedSocket(path, identity, uid = process.getuid()) {
  let unsafe = null;
  let st;
  try {
    try {
      checkPrivateDir(dirname(path), uid);
    } catch (err) {
      if (!hasCode(err, "ERR_SWAYSOCK_UNSAFE_DIRECTORY")) throw err;
      unsafe = err.problem;
    }
    st = lstatSync3(path);
  } catch (err) {
    return { message: `cannot check ${path} (${err.code ?? err.message})`, removeSocket: false };
  }
  if (!(st.isSocket() && sameIdentity(st, identity))) return { message: `${path} is no longer the socket we listen on`, removeSocket: false };
  const problem = unsafe ?? notOwnerOnly(path, st, uid);
  return problem === null ? null : { message: problem, removeSocket: true };
}
async function listenOnPath(server, path) {
  const previous = process.umask(127);
  try {
    await new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(path, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } finally {
    process.umask(previous);
  }
  await chmod(path, 384);
}
function listenOnActivatedFd(server, fd = SD_LISTEN_FDS_START) {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen({ fd }, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

// ts/proxy/path.ts
async function listenStable(server, path, fd, uid = process.getuid()) {
  if (fd !== null) await listenOnActivatedFd(server, fd);
  else {
    if (await validateSwaySocket(path, uid) !== null) {
      throw new SocketPathError(`a live Sway answers at ${path} (started with SWAYSOCK=${path}?); refusing to replace it`);
    }
    await prepareSocketPath(path, uid);
    await listenOnPath(server, path);
  }
  return checkPrivate(path, uid);
}
function checkPrivate(path, uid) {
  let identity;
  try {
    identity = servedSocketIdentity(path);
  } catch (err) {
    throw new SocketPathError(`cannot serve the stable socket at ${path} (${err.code ?? err.message})`);
  }
  const problem = checkServedSocket(path, identity, uid);
  if (problem !== null) throw new SocketPathError(`${problem.message}; refusing to serve the stable socket there`);
  return identity;
}

// ts/proxy/serve.ts
async function startStableSocket(options, target) {
  const server = createServer2({ allowHalfOpen: true, pauseOnConnect: true });
  const proxy = new StableProxy(server, { target, waitMs: options.waitMs, graceMs: HALF_CLOSE_GRACE_MS });
  const identity = await listenStable(server, options.path, options.fd);
  options.log("info", `stable socket ${options.path}${options.fd === null ? "" : " (passed by systemd)"} reaches the live Sway`);
  return {
    path: options.path,
    identity,
    proxy,
    status: () => proxy.status(options.path),
    check: () => options.fd === null ? checkServedSocket(options.path, identity) : null,
    stop: () => {
      proxy.close();
      if (options.fd !== null) return;
      const st = lstatSync4(options.path, { throwIfNoEntry: false });
      if (st !== void 0 && sameIdentity(st, identity)) unlinkSync(options.path);
    }
  };
}

// ts/systemd/notify.ts
import { execFile } from "node:child_process";
var SYSTEMD_NOTIFY = "systemd-notify";
var STATUS_SETTLE_MS = 250;
var Notifier = class {
  /** `settleMs`: see {@link status} (default {@link STATUS_SETTLE_MS}). */
  constructor(log2, env = process.env, settleMs = STATUS_SETTLE_MS) {
    this.log = log2;
    this.env = env;
    this.settleMs = settleMs;
    this.enabled = Boolean(env.NOTIFY_SOCKET);
  }
  log;
  env;
  settleMs;
  /** False when not run by systemd with a notify socket: every send is then a no-op. */
  enabled;
  chain = Promise.resolve();
  settling = null;
  watchdog = null;
  closed = false;
  /** Whether a WATCHDOG=1 is queued and has not started yet. */
  pingWaiting = false;
  /** The systemd-notify run under way, if any. */
  running = null;
  /**
   * Queues one message of `NAME=value` fields (e.g. `{ READY: '1', STATUS: 'healthy' }`);
   * resolves once systemd-notify has exited. A failure is logged, never thrown. A message with
   * `STATUS=` drops a status still settling: that one is older.
   */
  send(fields) {
    if ("STATUS" in fields) this.dropSettling();
    return this.enqueue(() => fields);
  }
  /**
   * Sends `STATUS=text` once the first change not sent yet is `settleMs` old, with the latest
   * text by then: a burst of changes (a loss and the reconnection after it) costs one run, and a
   * change that the stop follows at once (Sway's end, then the session's teardown) costs none.
   * Resolves once it has been sent or dropped.
   */
  status(text) {
    if (!this.enabled || this.closed) return Promise.resolve();
    if (this.settling !== null) {
      this.settling.text = text;
      return this.settling.done;
    }
    let resolve;
    const done = new Promise((r) => resolve = r);
    const timer = setTimeout(() => {
      const settled = this.settling;
      this.settling = null;
      void this.enqueue(() => ({ STATUS: settled.text })).then(settled.resolve);
    }, this.settleMs);
    timer.unref();
    this.settling = { text, timer, done, resolve };
    return done;
  }
  dropSettling() {
    if (this.settling === null) return;
    clearTimeout(this.settling.timer);
    this.settling.resolve();
    this.settling = null;
  }
  /** Runs systemd-notify with the fields `fields()` gives when its turn comes (none once closed). */
  enqueue(fields) {
    if (!this.enabled || this.closed) return Promise.resolve();
    this.chain = this.chain.then(
      () => new Promise((resolve) => {
        if (this.closed) return resolve();
        const args = Object.entries(fields()).map(([k, v]) => `${k}=${v.replace(/\n/g, " ")}`);
        this.running = execFile(SYSTEMD_NOTIFY, args, { env: this.env, timeout: 5e3 }, (err) => {
          this.running = null;
          if (err && !this.closed) this.log("warning", `systemd-notify ${args.join(" ")} failed: ${err.message}`);
          resolve();
        });
      })
    );
    return this.chain;
  }
  /**
   * Starts `WATCHDOG=1` pings at a third of `WATCHDOG_USEC` (so one lost ping does no harm) when
   * the manager asked for them (`WATCHDOG_USEC` set, `WATCHDOG_PID` absent or ours). A ping is
   * skipped while another still waits its turn: when systemd-notify runs slower than the period
   * (a loaded machine, a short WatchdogSec=), pings would otherwise pile up without bound, and
   * every later STATUS= would wait behind them.
   * @returns the ping period in ms, or null when no watchdog is set.
   */
  startWatchdog(pid = process.pid) {
    const usec = Number(this.env.WATCHDOG_USEC);
    if (!this.enabled || !Number.isFinite(usec) || usec <= 0) return null;
    if (this.env.WATCHDOG_PID !== void 0 && Number(this.env.WATCHDOG_PID) !== pid) return null;
    const periodMs = Math.max(1, Math.floor(usec / 3e3));
    this.watchdog = setInterval(() => this.ping(), periodMs);
    this.watchdog.unref();
    return periodMs;
  }
  /** Queues one WATCHDOG=1 unless one is already waiting. */
  ping() {
    if (this.pingWaiting) return;
    this.pingWaiting = true;
    void this.enqueue(() => {
      this.pingWaiting = false;
      return { WATCHDOG: "1" };
    });
  }
  /**
   * Stops the watchdog pings and sends nothing more: a status still settling and messages still
   * waiting their turn are dropped, a run under way is ended (SIGTERM; its message may or may not
   * have reached the manager), every pending promise resolves, and later sends do nothing. For a
   * stop: the unit's stop lasts until every process of its cgroup has ended, a systemd-notify run
   * included.
   */
  close() {
    this.closed = true;
    this.dropSettling();
    if (this.watchdog) clearInterval(this.watchdog);
    this.running?.kill("SIGTERM");
  }
};

// ts/server/guard.ts
function servedSocketProblem(sockets) {
  const stableProblem = sockets.stable?.check() ?? null;
  return (sockets.served === null ? null : checkServedSocket(sockets.socketPath, sockets.served)) ?? (stableProblem && { ...stableProblem, removeSocket: true });
}

// ts/rpc/validators.generated.js
var request = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://swaysock.invalid/schemas/request.schema.json", "title": "JSON-RPC 2.0 request to swaysock-healthd", "description": "One request object (JSON-RPC 2.0, section 4). Params are checked per method by the params schemas.", "type": "object", "additionalProperties": false, "required": ["jsonrpc", "method"], "properties": { "jsonrpc": { "const": "2.0" }, "method": { "type": "string" }, "params": { "type": ["object", "array"] }, "id": { "type": ["string", "integer", "null"] } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.jsonrpc === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "jsonrpc" }, message: "must have required property 'jsonrpc'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.method === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "method" }, message: "must have required property 'method'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "jsonrpc" || key0 === "method" || key0 === "params" || key0 === "id")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.jsonrpc !== void 0) {
      if ("2.0" !== data.jsonrpc) {
        const err3 = { instancePath: instancePath + "/jsonrpc", schemaPath: "#/properties/jsonrpc/const", keyword: "const", params: { allowedValue: "2.0" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.method !== void 0) {
      if (typeof data.method !== "string") {
        const err4 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data2 = data.params;
      if (!data2 || typeof data2 != "object") {
        const err5 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: schema11.properties.params.type }, message: "must be object,array" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data3 = data.id;
      if (typeof data3 !== "string" && !(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3)) && data3 !== null) {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: schema11.properties.id.type }, message: "must be string,integer,null" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var params_0 = validate12;
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 0) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/maxProperties", keyword: "maxProperties", params: { limit: 0 }, message: "must NOT have more than 0 properties" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length > 0) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 0 }, message: "must NOT have more than 0 items" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var params_1 = validate13;
var schema14 = { "description": 'daemon.events: the health history records the daemon holds (the last 2048), oldest first: of the given types (default ["status"]), at or after `since` (ISO 8601 UTC), the last `limit` of them, and of those the newest whose JSON fits in 192 KiB.', "type": "object", "additionalProperties": false, "properties": { "limit": { "type": "integer", "minimum": 1, "maximum": 2048 }, "since": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, "types": { "type": "array", "minItems": 1, "items": { "enum": ["status", "environment_repair", "cleanup_removal", "validation_summary"] } } } };
var pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "limit" || key0 === "since" || key0 === "types")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.limit !== void 0) {
      let data0 = data.limit;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2048 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2048 }, message: "must be <= 2048" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.since !== void 0) {
      let data1 = data.since;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err4 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/since", schemaPath: "#/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.types !== void 0) {
      let data2 = data.types;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err6 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (!(data3 === "status" || data3 === "environment_repair" || data3 === "cleanup_removal" || data3 === "validation_summary")) {
            const err7 = { instancePath: instancePath + "/types/" + i0, schemaPath: "#/properties/types/items/enum", keyword: "enum", params: { allowedValues: schema14.properties.types.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/types", schemaPath: "#/properties/types/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var params_2 = validate14;
var pattern1 = new RegExp("^/.{0,4095}$", "u");
var pattern2 = new RegExp("^.{0,1024}$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.removed === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "removed" }, message: "must have required property 'removed'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "removed")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.removed !== void 0) {
      let data0 = data.removed;
      if (Array.isArray(data0)) {
        if (data0.length > 256) {
          const err2 = { instancePath: instancePath + "/removed", schemaPath: "#/properties/removed/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.path === void 0) {
              const err3 = { instancePath: instancePath + "/removed/" + i0, schemaPath: "#/properties/removed/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (data1.reason === void 0) {
              const err4 = { instancePath: instancePath + "/removed/" + i0, schemaPath: "#/properties/removed/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "path" || key1 === "reason")) {
                const err5 = { instancePath: instancePath + "/removed/" + i0, schemaPath: "#/properties/removed/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.path !== void 0) {
              let data2 = data1.path;
              if (typeof data2 === "string") {
                if (!pattern1.test(data2)) {
                  const err6 = { instancePath: instancePath + "/removed/" + i0 + "/path", schemaPath: "#/properties/removed/items/properties/path/pattern", keyword: "pattern", params: { pattern: "^/.{0,4095}$" }, message: 'must match pattern "^/.{0,4095}$"' };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = { instancePath: instancePath + "/removed/" + i0 + "/path", schemaPath: "#/properties/removed/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data1.reason !== void 0) {
              let data3 = data1.reason;
              if (typeof data3 === "string") {
                if (!pattern2.test(data3)) {
                  const err8 = { instancePath: instancePath + "/removed/" + i0 + "/reason", schemaPath: "#/properties/removed/items/properties/reason/pattern", keyword: "pattern", params: { pattern: "^.{0,1024}$" }, message: 'must match pattern "^.{0,1024}$"' };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              } else {
                const err9 = { instancePath: instancePath + "/removed/" + i0 + "/reason", schemaPath: "#/properties/removed/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = { instancePath: instancePath + "/removed/" + i0, schemaPath: "#/properties/removed/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/removed", schemaPath: "#/properties/removed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema_0 = validate15;
var schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://swaysock.invalid/schemas/daemon-status.schema.json", "title": "daemon.status result", "type": "object", "additionalProperties": false, "required": ["version", "pid", "uptime_seconds", "socket_path", "socket_activated", "clients", "subscribers", "counters", "stable_socket"], "properties": { "version": { "type": "string" }, "pid": { "type": "integer" }, "uptime_seconds": { "type": "number", "minimum": 0 }, "socket_path": { "type": ["string", "null"] }, "socket_activated": { "type": "boolean" }, "clients": { "type": "integer", "minimum": 0 }, "subscribers": { "type": "integer", "minimum": 0 }, "counters": { "type": "object", "additionalProperties": false, "required": ["requests", "errors", "notifications", "clients_refused", "clients_dropped", "validations", "validation_failures", "environment_repairs", "environment_reads", "cleanup_removals"], "properties": { "requests": { "type": "integer", "minimum": 0 }, "errors": { "type": "integer", "minimum": 0 }, "notifications": { "type": "integer", "minimum": 0 }, "clients_refused": { "type": "integer", "minimum": 0 }, "clients_dropped": { "type": "integer", "minimum": 0 }, "validations": { "type": "integer", "minimum": 0 }, "validation_failures": { "type": "integer", "minimum": 0 }, "environment_repairs": { "type": "integer", "minimum": 0 }, "environment_reads": { "type": "integer", "minimum": 0 }, "cleanup_removals": { "type": "integer", "minimum": 0 } } }, "stable_socket": { "description": "The stable socket's relay (docs/stable-socket.md); null when the daemon serves none", "type": ["object", "null"], "additionalProperties": false, "required": ["path", "connections", "waiting", "counters"], "properties": { "path": { "type": "string" }, "connections": { "description": "relayed connections open now", "type": "integer", "minimum": 0 }, "waiting": { "description": "clients waiting now, for a Sway or for room in its listen backlog", "type": "integer", "minimum": 0 }, "counters": { "type": "object", "additionalProperties": false, "required": ["connections", "waited_for_sway", "waited_for_backlog", "backlog_retries", "closed_without_sway", "bytes_to_sway", "bytes_to_clients"], "properties": { "connections": { "type": "integer", "minimum": 0 }, "waited_for_sway": { "type": "integer", "minimum": 0 }, "waited_for_backlog": { "type": "integer", "minimum": 0 }, "backlog_retries": { "type": "integer", "minimum": 0 }, "closed_without_sway": { "type": "integer", "minimum": 0 }, "bytes_to_sway": { "type": "integer", "minimum": 0 }, "bytes_to_clients": { "type": "integer", "minimum": 0 } } } } } } };
var func2 = Object.prototype.hasOwnProperty;
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pid === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pid" }, message: "must have required property 'pid'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.uptime_seconds === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uptime_seconds" }, message: "must have required property 'uptime_seconds'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.socket_path === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "socket_path" }, message: "must have required property 'socket_path'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.socket_activated === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "socket_activated" }, message: "must have required property 'socket_activated'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.clients === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clients" }, message: "must have required property 'clients'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.subscribers === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subscribers" }, message: "must have required property 'subscribers'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.counters === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "counters" }, message: "must have required property 'counters'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.stable_socket === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stable_socket" }, message: "must have required property 'stable_socket'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema16.properties, key0)) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (typeof data.version !== "string") {
        const err10 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.pid !== void 0) {
      let data1 = data.pid;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err11 = { instancePath: instancePath + "/pid", schemaPath: "#/properties/pid/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.uptime_seconds !== void 0) {
      let data2 = data.uptime_seconds;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err12 = { instancePath: instancePath + "/uptime_seconds", schemaPath: "#/properties/uptime_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/uptime_seconds", schemaPath: "#/properties/uptime_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.socket_path !== void 0) {
      let data3 = data.socket_path;
      if (typeof data3 !== "string" && data3 !== null) {
        const err14 = { instancePath: instancePath + "/socket_path", schemaPath: "#/properties/socket_path/type", keyword: "type", params: { type: schema16.properties.socket_path.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.socket_activated !== void 0) {
      if (typeof data.socket_activated !== "boolean") {
        const err15 = { instancePath: instancePath + "/socket_activated", schemaPath: "#/properties/socket_activated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.clients !== void 0) {
      let data5 = data.clients;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err16 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err17 = { instancePath: instancePath + "/clients", schemaPath: "#/properties/clients/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
    if (data.subscribers !== void 0) {
      let data6 = data.subscribers;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
        const err18 = { instancePath: instancePath + "/subscribers", schemaPath: "#/properties/subscribers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 0 || isNaN(data6)) {
          const err19 = { instancePath: instancePath + "/subscribers", schemaPath: "#/properties/subscribers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
    }
    if (data.counters !== void 0) {
      let data7 = data.counters;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.requests === void 0) {
          const err20 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "requests" }, message: "must have required property 'requests'" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data7.errors === void 0) {
          const err21 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data7.notifications === void 0) {
          const err22 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "notifications" }, message: "must have required property 'notifications'" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (data7.clients_refused === void 0) {
          const err23 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "clients_refused" }, message: "must have required property 'clients_refused'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data7.clients_dropped === void 0) {
          const err24 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "clients_dropped" }, message: "must have required property 'clients_dropped'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data7.validations === void 0) {
          const err25 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "validations" }, message: "must have required property 'validations'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (data7.validation_failures === void 0) {
          const err26 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "validation_failures" }, message: "must have required property 'validation_failures'" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data7.environment_repairs === void 0) {
          const err27 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "environment_repairs" }, message: "must have required property 'environment_repairs'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data7.environment_reads === void 0) {
          const err28 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "environment_reads" }, message: "must have required property 'environment_reads'" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (data7.cleanup_removals === void 0) {
          const err29 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/required", keyword: "required", params: { missingProperty: "cleanup_removals" }, message: "must have required property 'cleanup_removals'" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key1 in data7) {
          if (!func2.call(schema16.properties.counters.properties, key1)) {
            const err30 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data7.requests !== void 0) {
          let data8 = data7.requests;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err31 = { instancePath: instancePath + "/counters/requests", schemaPath: "#/properties/counters/properties/requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err32 = { instancePath: instancePath + "/counters/requests", schemaPath: "#/properties/counters/properties/requests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        if (data7.errors !== void 0) {
          let data9 = data7.errors;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err33 = { instancePath: instancePath + "/counters/errors", schemaPath: "#/properties/counters/properties/errors/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 0 || isNaN(data9)) {
              const err34 = { instancePath: instancePath + "/counters/errors", schemaPath: "#/properties/counters/properties/errors/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
        if (data7.notifications !== void 0) {
          let data10 = data7.notifications;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err35 = { instancePath: instancePath + "/counters/notifications", schemaPath: "#/properties/counters/properties/notifications/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err36 = { instancePath: instancePath + "/counters/notifications", schemaPath: "#/properties/counters/properties/notifications/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        }
        if (data7.clients_refused !== void 0) {
          let data11 = data7.clients_refused;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err37 = { instancePath: instancePath + "/counters/clients_refused", schemaPath: "#/properties/counters/properties/clients_refused/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err38 = { instancePath: instancePath + "/counters/clients_refused", schemaPath: "#/properties/counters/properties/clients_refused/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
        }
        if (data7.clients_dropped !== void 0) {
          let data12 = data7.clients_dropped;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err39 = { instancePath: instancePath + "/counters/clients_dropped", schemaPath: "#/properties/counters/properties/clients_dropped/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err40 = { instancePath: instancePath + "/counters/clients_dropped", schemaPath: "#/properties/counters/properties/clients_dropped/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
        }
        if (data7.validations !== void 0) {
          let data13 = data7.validations;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err41 = { instancePath: instancePath + "/counters/validations", schemaPath: "#/properties/counters/properties/validations/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err42 = { instancePath: instancePath + "/counters/validations", schemaPath: "#/properties/counters/properties/validations/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          }
        }
        if (data7.validation_failures !== void 0) {
          let data14 = data7.validation_failures;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err43 = { instancePath: instancePath + "/counters/validation_failures", schemaPath: "#/properties/counters/properties/validation_failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err44 = { instancePath: instancePath + "/counters/validation_failures", schemaPath: "#/properties/counters/properties/validation_failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data7.environment_repairs !== void 0) {
          let data15 = data7.environment_repairs;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err45 = { instancePath: instancePath + "/counters/environment_repairs", schemaPath: "#/properties/counters/properties/environment_repairs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err46 = { instancePath: instancePath + "/counters/environment_repairs", schemaPath: "#/properties/counters/properties/environment_repairs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
        if (data7.environment_reads !== void 0) {
          let data16 = data7.environment_reads;
          if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
            const err47 = { instancePath: instancePath + "/counters/environment_reads", schemaPath: "#/properties/counters/properties/environment_reads/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 < 0 || isNaN(data16)) {
              const err48 = { instancePath: instancePath + "/counters/environment_reads", schemaPath: "#/properties/counters/properties/environment_reads/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
        }
        if (data7.cleanup_removals !== void 0) {
          let data17 = data7.cleanup_removals;
          if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
            const err49 = { instancePath: instancePath + "/counters/cleanup_removals", schemaPath: "#/properties/counters/properties/cleanup_removals/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 < 0 || isNaN(data17)) {
              const err50 = { instancePath: instancePath + "/counters/cleanup_removals", schemaPath: "#/properties/counters/properties/cleanup_removals/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/counters", schemaPath: "#/properties/counters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.stable_socket !== void 0) {
      let data18 = data.stable_socket;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err52 = { instancePath: instancePath + "/stable_socket", schemaPath: "#/properties/stable_socket/type", keyword: "type", params: { type: schema16.properties.stable_socket.type }, message: "must be object,null" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        if (data18.path === void 0) {
          const err53 = { instancePath: instancePath + "/stable_socket", schemaPath: "#/properties/stable_socket/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data18.connections === void 0) {
          const err54 = { instancePath: instancePath + "/stable_socket", schemaPath: "#/properties/stable_socket/required", keyword: "required", params: { missingProperty: "connections" }, message: "must have required property 'connections'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data18.waiting === void 0) {
          const err55 = { instancePath: instancePath + "/stable_socket", schemaPath: "#/properties/stable_socket/required", keyword: "required", params: { missingProperty: "waiting" }, message: "must have required property 'waiting'" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (data18.counters === void 0) {
          const err56 = { instancePath: instancePath + "/stable_socket", schemaPath: "#/properties/stable_socket/required", keyword: "required", params: { missingProperty: "counters" }, message: "must have required property 'counters'" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        for (const key2 in data18) {
          if (!(key2 === "path" || key2 === "connections" || key2 === "waiting" || key2 === "counters")) {
            const err57 = { instancePath: instancePath + "/stable_socket", schemaPath: "#/properties/stable_socket/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data18.path !== void 0) {
          if (typeof data18.path !== "string") {
            const err58 = { instancePath: instancePath + "/stable_socket/path", schemaPath: "#/properties/stable_socket/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
        if (data18.connections !== void 0) {
          let data20 = data18.connections;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err59 = { instancePath: instancePath + "/stable_socket/connections", schemaPath: "#/properties/stable_socket/properties/connections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 0 || isNaN(data20)) {
              const err60 = { instancePath: instancePath + "/stable_socket/connections", schemaPath: "#/properties/stable_socket/properties/connections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
        if (data18.waiting !== void 0) {
          let data21 = data18.waiting;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err61 = { instancePath: instancePath + "/stable_socket/waiting", schemaPath: "#/properties/stable_socket/properties/waiting/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err62 = { instancePath: instancePath + "/stable_socket/waiting", schemaPath: "#/properties/stable_socket/properties/waiting/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
        }
        if (data18.counters !== void 0) {
          let data22 = data18.counters;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.connections === void 0) {
              const err63 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/required", keyword: "required", params: { missingProperty: "connections" }, message: "must have required property 'connections'" };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
            if (data22.waited_for_sway === void 0) {
              const err64 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/required", keyword: "required", params: { missingProperty: "waited_for_sway" }, message: "must have required property 'waited_for_sway'" };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
            if (data22.waited_for_backlog === void 0) {
              const err65 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/required", keyword: "required", params: { missingProperty: "waited_for_backlog" }, message: "must have required property 'waited_for_backlog'" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data22.backlog_retries === void 0) {
              const err66 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/required", keyword: "required", params: { missingProperty: "backlog_retries" }, message: "must have required property 'backlog_retries'" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            if (data22.closed_without_sway === void 0) {
              const err67 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/required", keyword: "required", params: { missingProperty: "closed_without_sway" }, message: "must have required property 'closed_without_sway'" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data22.bytes_to_sway === void 0) {
              const err68 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/required", keyword: "required", params: { missingProperty: "bytes_to_sway" }, message: "must have required property 'bytes_to_sway'" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data22.bytes_to_clients === void 0) {
              const err69 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/required", keyword: "required", params: { missingProperty: "bytes_to_clients" }, message: "must have required property 'bytes_to_clients'" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            for (const key3 in data22) {
              if (!(key3 === "connections" || key3 === "waited_for_sway" || key3 === "waited_for_backlog" || key3 === "backlog_retries" || key3 === "closed_without_sway" || key3 === "bytes_to_sway" || key3 === "bytes_to_clients")) {
                const err70 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            if (data22.connections !== void 0) {
              let data23 = data22.connections;
              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                const err71 = { instancePath: instancePath + "/stable_socket/counters/connections", schemaPath: "#/properties/stable_socket/properties/counters/properties/connections/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 < 0 || isNaN(data23)) {
                  const err72 = { instancePath: instancePath + "/stable_socket/counters/connections", schemaPath: "#/properties/stable_socket/properties/counters/properties/connections/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            }
            if (data22.waited_for_sway !== void 0) {
              let data24 = data22.waited_for_sway;
              if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                const err73 = { instancePath: instancePath + "/stable_socket/counters/waited_for_sway", schemaPath: "#/properties/stable_socket/properties/counters/properties/waited_for_sway/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 < 0 || isNaN(data24)) {
                  const err74 = { instancePath: instancePath + "/stable_socket/counters/waited_for_sway", schemaPath: "#/properties/stable_socket/properties/counters/properties/waited_for_sway/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              }
            }
            if (data22.waited_for_backlog !== void 0) {
              let data25 = data22.waited_for_backlog;
              if (!(typeof data25 == "number" && (!(data25 % 1) && !isNaN(data25)) && isFinite(data25))) {
                const err75 = { instancePath: instancePath + "/stable_socket/counters/waited_for_backlog", schemaPath: "#/properties/stable_socket/properties/counters/properties/waited_for_backlog/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 < 0 || isNaN(data25)) {
                  const err76 = { instancePath: instancePath + "/stable_socket/counters/waited_for_backlog", schemaPath: "#/properties/stable_socket/properties/counters/properties/waited_for_backlog/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
            }
            if (data22.backlog_retries !== void 0) {
              let data26 = data22.backlog_retries;
              if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                const err77 = { instancePath: instancePath + "/stable_socket/counters/backlog_retries", schemaPath: "#/properties/stable_socket/properties/counters/properties/backlog_retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 < 0 || isNaN(data26)) {
                  const err78 = { instancePath: instancePath + "/stable_socket/counters/backlog_retries", schemaPath: "#/properties/stable_socket/properties/counters/properties/backlog_retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
            }
            if (data22.closed_without_sway !== void 0) {
              let data27 = data22.closed_without_sway;
              if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                const err79 = { instancePath: instancePath + "/stable_socket/counters/closed_without_sway", schemaPath: "#/properties/stable_socket/properties/counters/properties/closed_without_sway/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 < 0 || isNaN(data27)) {
                  const err80 = { instancePath: instancePath + "/stable_socket/counters/closed_without_sway", schemaPath: "#/properties/stable_socket/properties/counters/properties/closed_without_sway/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
              }
            }
            if (data22.bytes_to_sway !== void 0) {
              let data28 = data22.bytes_to_sway;
              if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
                const err81 = { instancePath: instancePath + "/stable_socket/counters/bytes_to_sway", schemaPath: "#/properties/stable_socket/properties/counters/properties/bytes_to_sway/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err81];
                } else {
                  vErrors.push(err81);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 < 0 || isNaN(data28)) {
                  const err82 = { instancePath: instancePath + "/stable_socket/counters/bytes_to_sway", schemaPath: "#/properties/stable_socket/properties/counters/properties/bytes_to_sway/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err82];
                  } else {
                    vErrors.push(err82);
                  }
                  errors++;
                }
              }
            }
            if (data22.bytes_to_clients !== void 0) {
              let data29 = data22.bytes_to_clients;
              if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
                const err83 = { instancePath: instancePath + "/stable_socket/counters/bytes_to_clients", schemaPath: "#/properties/stable_socket/properties/counters/properties/bytes_to_clients/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err83];
                } else {
                  vErrors.push(err83);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 < 0 || isNaN(data29)) {
                  const err84 = { instancePath: instancePath + "/stable_socket/counters/bytes_to_clients", schemaPath: "#/properties/stable_socket/properties/counters/properties/bytes_to_clients/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/stable_socket/counters", schemaPath: "#/properties/stable_socket/properties/counters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      }
    }
  } else {
    const err86 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err86];
    } else {
      vErrors.push(err86);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema_1 = validate16;
var schema18 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://swaysock.invalid/schemas/history-record.schema.json", "title": "One record of the health history (a line of history.jsonl, an item of daemon.events)", "definitions": { "time": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, "status": { "enum": ["healthy", "stale", "disconnected"] }, "type": { "enum": ["status", "environment_repair", "cleanup_removal", "validation_summary"] } }, "oneOf": [{ "description": "A status change, or a switch to another Sway (from = to = healthy).", "type": "object", "additionalProperties": false, "required": ["type", "time", "cause", "from", "to", "socket_path", "reason"], "properties": { "type": { "const": "status" }, "time": { "$ref": "#/definitions/time" }, "cause": { "enum": ["connect", "reconnect", "eof", "shutdown_event", "validation_timeout", "socket_replaced", "validated", "switch"] }, "from": { "$ref": "#/definitions/status" }, "to": { "$ref": "#/definitions/status" }, "socket_path": { "type": ["string", "null"] }, "reason": { "type": "string" } } }, { "description": "The daemon set or unset the user manager's SWAYSOCK/I3SOCK.", "type": "object", "additionalProperties": false, "required": ["type", "time", "cause", "reason"], "properties": { "type": { "const": "environment_repair" }, "time": { "$ref": "#/definitions/time" }, "cause": { "const": "environment_repair" }, "reason": { "type": "string" } } }, { "description": "swaysock-cleanup removed a stale socket and told the daemon.", "type": "object", "additionalProperties": false, "required": ["type", "time", "cause", "socket_path", "reason"], "properties": { "type": { "const": "cleanup_removal" }, "time": { "$ref": "#/definitions/time" }, "cause": { "const": "cleanup" }, "socket_path": { "type": "string" }, "reason": { "type": "string" } } }, { "description": "Validations of one summary period (5 min); latency_ms null when none answered.", "type": "object", "additionalProperties": false, "required": ["type", "time", "cause", "period_seconds", "count", "failures", "latency_ms"], "properties": { "type": { "const": "validation_summary" }, "time": { "$ref": "#/definitions/time" }, "cause": { "const": "summary" }, "period_seconds": { "type": "number", "minimum": 0 }, "count": { "type": "integer", "minimum": 1 }, "failures": { "type": "integer", "minimum": 0 }, "latency_ms": { "oneOf": [{ "type": "null" }, { "type": "object", "additionalProperties": false, "required": ["min", "p50", "max"], "properties": { "min": { "type": "number" }, "p50": { "type": "number" }, "max": { "type": "number" } } }] } } }] };
var schema20 = { "enum": ["healthy", "stale", "disconnected"] };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cause === void 0) {
      const err2 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.from === void 0) {
      const err3 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.to === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.socket_path === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "socket_path" }, message: "must have required property 'socket_path'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err6 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "type" || key0 === "time" || key0 === "cause" || key0 === "from" || key0 === "to" || key0 === "socket_path" || key0 === "reason")) {
        const err7 = { instancePath, schemaPath: "#/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("status" !== data.type) {
        const err8 = { instancePath: instancePath + "/type", schemaPath: "#/oneOf/0/properties/type/const", keyword: "const", params: { allowedValue: "status" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data1 = data.time;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err9 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.cause !== void 0) {
      let data2 = data.cause;
      if (!(data2 === "connect" || data2 === "reconnect" || data2 === "eof" || data2 === "shutdown_event" || data2 === "validation_timeout" || data2 === "socket_replaced" || data2 === "validated" || data2 === "switch")) {
        const err11 = { instancePath: instancePath + "/cause", schemaPath: "#/oneOf/0/properties/cause/enum", keyword: "enum", params: { allowedValues: schema18.oneOf[0].properties.cause.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data3 = data.from;
      if (!(data3 === "healthy" || data3 === "stale" || data3 === "disconnected")) {
        const err12 = { instancePath: instancePath + "/from", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.to !== void 0) {
      let data4 = data.to;
      if (!(data4 === "healthy" || data4 === "stale" || data4 === "disconnected")) {
        const err13 = { instancePath: instancePath + "/to", schemaPath: "#/definitions/status/enum", keyword: "enum", params: { allowedValues: schema20.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.socket_path !== void 0) {
      let data5 = data.socket_path;
      if (typeof data5 !== "string" && data5 !== null) {
        const err14 = { instancePath: instancePath + "/socket_path", schemaPath: "#/oneOf/0/properties/socket_path/type", keyword: "type", params: { type: schema18.oneOf[0].properties.socket_path.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err15 = { instancePath: instancePath + "/reason", schemaPath: "#/oneOf/0/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs17 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err17 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.time === void 0) {
      const err18 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.cause === void 0) {
      const err19 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err20 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    for (const key1 in data) {
      if (!(key1 === "type" || key1 === "time" || key1 === "cause" || key1 === "reason")) {
        const err21 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      if ("environment_repair" !== data.type) {
        const err22 = { instancePath: instancePath + "/type", schemaPath: "#/oneOf/1/properties/type/const", keyword: "const", params: { allowedValue: "environment_repair" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.time !== void 0) {
      let data8 = data.time;
      if (typeof data8 === "string") {
        if (!pattern0.test(data8)) {
          const err23 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.cause !== void 0) {
      if ("environment_repair" !== data.cause) {
        const err25 = { instancePath: instancePath + "/cause", schemaPath: "#/oneOf/1/properties/cause/const", keyword: "const", params: { allowedValue: "environment_repair" }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err26 = { instancePath: instancePath + "/reason", schemaPath: "#/oneOf/1/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  var _valid0 = _errs17 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs27 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.type === void 0) {
        const err28 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (data.time === void 0) {
        const err29 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (data.cause === void 0) {
        const err30 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (data.socket_path === void 0) {
        const err31 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "socket_path" }, message: "must have required property 'socket_path'" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (data.reason === void 0) {
        const err32 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      for (const key2 in data) {
        if (!(key2 === "type" || key2 === "time" || key2 === "cause" || key2 === "socket_path" || key2 === "reason")) {
          const err33 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.type !== void 0) {
        if ("cleanup_removal" !== data.type) {
          const err34 = { instancePath: instancePath + "/type", schemaPath: "#/oneOf/2/properties/type/const", keyword: "const", params: { allowedValue: "cleanup_removal" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
      if (data.time !== void 0) {
        let data12 = data.time;
        if (typeof data12 === "string") {
          if (!pattern0.test(data12)) {
            const err35 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"' };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        } else {
          const err36 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
      if (data.cause !== void 0) {
        if ("cleanup" !== data.cause) {
          const err37 = { instancePath: instancePath + "/cause", schemaPath: "#/oneOf/2/properties/cause/const", keyword: "const", params: { allowedValue: "cleanup" }, message: "must be equal to constant" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.socket_path !== void 0) {
        if (typeof data.socket_path !== "string") {
          const err38 = { instancePath: instancePath + "/socket_path", schemaPath: "#/oneOf/2/properties/socket_path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      }
      if (data.reason !== void 0) {
        if (typeof data.reason !== "string") {
          const err39 = { instancePath: instancePath + "/reason", schemaPath: "#/oneOf/2/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    } else {
      const err40 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err40];
      } else {
        vErrors.push(err40);
      }
      errors++;
    }
    var _valid0 = _errs27 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs39 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.type === void 0) {
          const err41 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        if (data.time === void 0) {
          const err42 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data.cause === void 0) {
          const err43 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "cause" }, message: "must have required property 'cause'" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data.period_seconds === void 0) {
          const err44 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "period_seconds" }, message: "must have required property 'period_seconds'" };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data.count === void 0) {
          const err45 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property 'count'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data.failures === void 0) {
          const err46 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "failures" }, message: "must have required property 'failures'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        if (data.latency_ms === void 0) {
          const err47 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "latency_ms" }, message: "must have required property 'latency_ms'" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        for (const key3 in data) {
          if (!(key3 === "type" || key3 === "time" || key3 === "cause" || key3 === "period_seconds" || key3 === "count" || key3 === "failures" || key3 === "latency_ms")) {
            const err48 = { instancePath, schemaPath: "#/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data.type !== void 0) {
          if ("validation_summary" !== data.type) {
            const err49 = { instancePath: instancePath + "/type", schemaPath: "#/oneOf/3/properties/type/const", keyword: "const", params: { allowedValue: "validation_summary" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data.time !== void 0) {
          let data17 = data.time;
          if (typeof data17 === "string") {
            if (!pattern0.test(data17)) {
              const err50 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"' };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          } else {
            const err51 = { instancePath: instancePath + "/time", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data.cause !== void 0) {
          if ("summary" !== data.cause) {
            const err52 = { instancePath: instancePath + "/cause", schemaPath: "#/oneOf/3/properties/cause/const", keyword: "const", params: { allowedValue: "summary" }, message: "must be equal to constant" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data.period_seconds !== void 0) {
          let data19 = data.period_seconds;
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 < 0 || isNaN(data19)) {
              const err53 = { instancePath: instancePath + "/period_seconds", schemaPath: "#/oneOf/3/properties/period_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/period_seconds", schemaPath: "#/oneOf/3/properties/period_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data.count !== void 0) {
          let data20 = data.count;
          if (!(typeof data20 == "number" && (!(data20 % 1) && !isNaN(data20)) && isFinite(data20))) {
            const err55 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/3/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (typeof data20 == "number" && isFinite(data20)) {
            if (data20 < 1 || isNaN(data20)) {
              const err56 = { instancePath: instancePath + "/count", schemaPath: "#/oneOf/3/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          }
        }
        if (data.failures !== void 0) {
          let data21 = data.failures;
          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
            const err57 = { instancePath: instancePath + "/failures", schemaPath: "#/oneOf/3/properties/failures/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data21 == "number" && isFinite(data21)) {
            if (data21 < 0 || isNaN(data21)) {
              const err58 = { instancePath: instancePath + "/failures", schemaPath: "#/oneOf/3/properties/failures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          }
        }
        if (data.latency_ms !== void 0) {
          let data22 = data.latency_ms;
          const _errs54 = errors;
          let valid11 = false;
          let passing1 = null;
          const _errs55 = errors;
          if (data22 !== null) {
            const err59 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          var _valid1 = _errs55 === errors;
          if (_valid1) {
            valid11 = true;
            passing1 = 0;
          }
          const _errs57 = errors;
          if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
            if (data22.min === void 0) {
              const err60 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'" };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            if (data22.p50 === void 0) {
              const err61 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "p50" }, message: "must have required property 'p50'" };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
            if (data22.max === void 0) {
              const err62 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'" };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
            for (const key4 in data22) {
              if (!(key4 === "min" || key4 === "p50" || key4 === "max")) {
                const err63 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data22.min !== void 0) {
              let data23 = data22.min;
              if (!(typeof data23 == "number" && isFinite(data23))) {
                const err64 = { instancePath: instancePath + "/latency_ms/min", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data22.p50 !== void 0) {
              let data24 = data22.p50;
              if (!(typeof data24 == "number" && isFinite(data24))) {
                const err65 = { instancePath: instancePath + "/latency_ms/p50", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/properties/p50/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data22.max !== void 0) {
              let data25 = data22.max;
              if (!(typeof data25 == "number" && isFinite(data25))) {
                const err66 = { instancePath: instancePath + "/latency_ms/max", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          var _valid1 = _errs57 === errors;
          if (_valid1 && valid11) {
            valid11 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid11 = true;
              passing1 = 1;
            }
          }
          if (!valid11) {
            const err68 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/oneOf/3/properties/latency_ms/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          } else {
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err69 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
      var _valid0 = _errs39 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
        }
      }
    }
  }
  if (!valid0) {
    const err70 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
    if (vErrors === null) {
      vErrors = [err70];
    } else {
      vErrors.push(err70);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate17.errors = vErrors;
  return errors === 0;
}
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate17(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData })) {
        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema_2 = validate17;
var schema_3 = validate19;
var schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://swaysock.invalid/schemas/socket-health.schema.json", "title": "get_socket_health result", "type": "object", "additionalProperties": false, "required": ["status", "socket_path", "last_validated", "latency_ms", "reconnection_count", "uptime_seconds", "sway_pid", "sway_version", "environment_swaysock", "environment_matches"], "properties": { "status": { "enum": ["healthy", "stale", "disconnected"] }, "socket_path": { "type": ["string", "null"] }, "last_validated": { "type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, "latency_ms": { "type": ["number", "null"], "minimum": 0 }, "reconnection_count": { "type": "integer", "minimum": 0 }, "uptime_seconds": { "type": "number", "minimum": 0 }, "sway_pid": { "type": ["integer", "null"], "minimum": 1 }, "sway_version": { "type": ["string", "null"] }, "environment_swaysock": { "type": ["string", "null"] }, "environment_matches": { "type": ["boolean", "null"] } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.socket_path === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "socket_path" }, message: "must have required property 'socket_path'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.last_validated === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_validated" }, message: "must have required property 'last_validated'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.latency_ms === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "latency_ms" }, message: "must have required property 'latency_ms'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.reconnection_count === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reconnection_count" }, message: "must have required property 'reconnection_count'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.uptime_seconds === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "uptime_seconds" }, message: "must have required property 'uptime_seconds'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.sway_pid === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sway_pid" }, message: "must have required property 'sway_pid'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.sway_version === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "sway_version" }, message: "must have required property 'sway_version'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.environment_swaysock === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment_swaysock" }, message: "must have required property 'environment_swaysock'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.environment_matches === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environment_matches" }, message: "must have required property 'environment_matches'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema25.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data0 = data.status;
      if (!(data0 === "healthy" || data0 === "stale" || data0 === "disconnected")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema25.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.socket_path !== void 0) {
      let data1 = data.socket_path;
      if (typeof data1 !== "string" && data1 !== null) {
        const err12 = { instancePath: instancePath + "/socket_path", schemaPath: "#/properties/socket_path/type", keyword: "type", params: { type: schema25.properties.socket_path.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.last_validated !== void 0) {
      let data2 = data.last_validated;
      if (typeof data2 !== "string" && data2 !== null) {
        const err13 = { instancePath: instancePath + "/last_validated", schemaPath: "#/properties/last_validated/type", keyword: "type", params: { type: schema25.properties.last_validated.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err14 = { instancePath: instancePath + "/last_validated", schemaPath: "#/properties/last_validated/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?Z$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.latency_ms !== void 0) {
      let data3 = data.latency_ms;
      if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
        const err15 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/properties/latency_ms/type", keyword: "type", params: { type: schema25.properties.latency_ms.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err16 = { instancePath: instancePath + "/latency_ms", schemaPath: "#/properties/latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.reconnection_count !== void 0) {
      let data4 = data.reconnection_count;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err17 = { instancePath: instancePath + "/reconnection_count", schemaPath: "#/properties/reconnection_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err18 = { instancePath: instancePath + "/reconnection_count", schemaPath: "#/properties/reconnection_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
    }
    if (data.uptime_seconds !== void 0) {
      let data5 = data.uptime_seconds;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 < 0 || isNaN(data5)) {
          const err19 = { instancePath: instancePath + "/uptime_seconds", schemaPath: "#/properties/uptime_seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/uptime_seconds", schemaPath: "#/properties/uptime_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.sway_pid !== void 0) {
      let data6 = data.sway_pid;
      if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6)) && data6 !== null) {
        const err21 = { instancePath: instancePath + "/sway_pid", schemaPath: "#/properties/sway_pid/type", keyword: "type", params: { type: schema25.properties.sway_pid.type }, message: "must be integer,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 < 1 || isNaN(data6)) {
          const err22 = { instancePath: instancePath + "/sway_pid", schemaPath: "#/properties/sway_pid/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data.sway_version !== void 0) {
      let data7 = data.sway_version;
      if (typeof data7 !== "string" && data7 !== null) {
        const err23 = { instancePath: instancePath + "/sway_version", schemaPath: "#/properties/sway_version/type", keyword: "type", params: { type: schema25.properties.sway_version.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.environment_swaysock !== void 0) {
      let data8 = data.environment_swaysock;
      if (typeof data8 !== "string" && data8 !== null) {
        const err24 = { instancePath: instancePath + "/environment_swaysock", schemaPath: "#/properties/environment_swaysock/type", keyword: "type", params: { type: schema25.properties.environment_swaysock.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.environment_matches !== void 0) {
      let data9 = data.environment_matches;
      if (typeof data9 !== "boolean" && data9 !== null) {
        const err25 = { instancePath: instancePath + "/environment_matches", schemaPath: "#/properties/environment_matches/type", keyword: "type", params: { type: schema25.properties.environment_matches.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var params = {
  "none": params_0,
  "daemon.events": params_1,
  "cleanup.removed": params_2
};
var schemas = {
  "daemon-status": schema_0,
  "health-events": schema_1,
  "history-record": schema_2,
  "socket-health": schema_3
};

// ts/rpc/schemas.ts
var requestValidator = request;
var historyRecordValidator = schemas[HISTORY_RECORD_SCHEMA];
function paramsValidator(method) {
  return params[METHOD_SCHEMAS[method].params];
}
function describeErrors(validate) {
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`).join("; ");
}

// ts/server/jsonrpc.ts
var JsonText = class {
  constructor(json, bytes) {
    this.json = json;
    this.bytes = bytes;
  }
  json;
  bytes;
};
function protocolMethods(handlers) {
  return new Map(
    Object.keys(handlers).map((method) => [
      method,
      { params: paramsValidator(method), handler: handlers[method] }
    ])
  );
}
var DEFAULT_LINE_LIMITS = { maxBatchRequests: MAX_BATCH_REQUESTS, maxAnswerBytes: MAX_ANSWER_BYTES };
function errorResponse(id, code, message, data) {
  return { jsonrpc: "2.0", id, error: data === void 0 ? { code, message } : { code, message, data } };
}
function idOf(value) {
  const id = value?.id;
  return typeof id === "string" || typeof id === "number" && Number.isInteger(id) ? id : null;
}
function handleOne(value, methods, context) {
  if (!requestValidator(value)) return errorResponse(idOf(value), RpcErrorCode.INVALID_REQUEST, "Invalid Request", describeErrors(requestValidator));
  const req = value;
  const isNotification = !("id" in req);
  const id = req.id ?? null;
  const method = methods.get(req.method);
  if (method === void 0) return isNotification ? null : errorResponse(id, RpcErrorCode.METHOD_NOT_FOUND, `Method not found: ${req.method}`);
  const params2 = req.params ?? {};
  if (!method.params(params2)) return isNotification ? null : errorResponse(id, RpcErrorCode.INVALID_PARAMS, "Invalid params", describeErrors(method.params));
  const respond = (result) => isNotification ? null : { jsonrpc: "2.0", id, result };
  const fail = (err) => {
    if (isNotification) return null;
    if (hasCode(err, "ERR_SWAYSOCK_RPC")) return errorResponse(id, err.rpcCode, err.message, err.data);
    return errorResponse(id, RpcErrorCode.INTERNAL_ERROR, "Internal error", err.message);
  };
  try {
    const result = method.handler(params2, context);
    return result instanceof Promise ? result.then(respond, fail) : respond(result);
  } catch (err) {
    return fail(err);
  }
}
function tooLarge(value, maxAnswerBytes) {
  if (requestValidator(value) && !("id" in value)) return null;
  return errorResponse(
    idOf(value),
    RpcErrorCode.ANSWER_TOO_LARGE,
    `the answers to this line reached ${maxAnswerBytes} bytes; request not run, send fewer per batch`
  );
}
function add(collected, response) {
  if ("result" in response && response.result instanceof JsonText) {
    const head = `{"jsonrpc":"2.0","id":${JSON.stringify(response.id)},"result":`;
    collected.parts.push(head, response.result.json, "}");
    collected.bytes += Buffer.byteLength(head) + response.result.bytes + 1;
    return;
  }
  const text = JSON.stringify(response);
  collected.parts.push(text);
  collected.bytes += Buffer.byteLength(text);
  if ("error" in response) collected.errors++;
}
function one(response) {
  if (response === null) return null;
  const collected = { parts: [], bytes: 0, errors: 0 };
  add(collected, response);
  return collected;
}
function addToBatch(batch, response) {
  if (response === null) return;
  batch.parts.push(batch.parts.length === 0 ? "[" : ",");
  batch.bytes += 1;
  add(batch, response);
}
function runBatch(values, from, methods, context, maxAnswerBytes, batch) {
  for (let i = from; i < values.length; i++) {
    const v = values[i];
    const response = batch.bytes > maxAnswerBytes ? tooLarge(v, maxAnswerBytes) : handleOne(v, methods, context);
    if (response instanceof Promise) {
      return response.then((r) => {
        addToBatch(batch, r);
        return runBatch(values, i + 1, methods, context, maxAnswerBytes, batch);
      });
    }
    addToBatch(batch, response);
  }
  if (batch.parts.length === 0) return null;
  batch.parts.push("]");
  batch.bytes += 1;
  return batch;
}
function handleLine(line, methods, context, limits = DEFAULT_LINE_LIMITS) {
  let value;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return one(errorResponse(null, RpcErrorCode.PARSE_ERROR, "Parse error", err.message));
  }
  if (!Array.isArray(value)) {
    const response = handleOne(value, methods, context);
    return response instanceof Promise ? response.then(one) : one(response);
  }
  if (value.length === 0) return one(errorResponse(null, RpcErrorCode.INVALID_REQUEST, "Invalid Request", "empty batch"));
  if (value.length > limits.maxBatchRequests) {
    return one(errorResponse(null, RpcErrorCode.INVALID_REQUEST, "Invalid Request", `batch of ${value.length} requests; at most ${limits.maxBatchRequests}`));
  }
  return runBatch(value, 0, methods, context, limits.maxAnswerBytes, { parts: [], bytes: 0, errors: 0 });
}

// ts/server/methods.ts
function daemonMethods(parts) {
  return protocolMethods({
    get_socket_health: () => parts.health(),
    subscribe: (_params, client) => {
      client.subscribe = true;
      return parts.health();
    },
    "daemon.status": () => parts.status(),
    // The records' text as the history keeps it: one text per query and history change, shared
    // by every client asking alike, never parsed or serialized again per request.
    "daemon.events": ({ limit, since, types }) => {
      const { json, bytes } = parts.history.queryJson({
        limit,
        sinceMs: since === void 0 ? void 0 : Date.parse(since),
        types: types ?? ["status"],
        maxBytes: MAX_EVENTS_ANSWER_BYTES
      });
      return new JsonText(json, bytes);
    },
    "daemon.metrics": () => parts.metricsText(),
    "cleanup.removed": ({ removed }) => {
      const time = (/* @__PURE__ */ new Date()).toISOString();
      for (const r of removed) parts.history.append({ type: "cleanup_removal", time, cause: "cleanup", socket_path: r.path, reason: r.reason });
      parts.countRemovals(removed.length);
      return { recorded: removed.length };
    }
  });
}

// ts/server/server.ts
import { StringDecoder } from "node:string_decoder";
var DEFAULT_MAX_LINE_BYTES = MAX_LINE_BYTES;
var DEFAULT_MAX_QUEUED_BYTES = 1024 * 1024;
var RpcServer = class {
  constructor(methods, options) {
    this.methods = methods;
    this.options = options;
    this.maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
    this.maxQueuedBytes = options.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES;
  }
  methods;
  options;
  counters = { requests: 0, errors: 0, notifications: 0, clients_refused: 0, clients_dropped: 0 };
  clients = /* @__PURE__ */ new Set();
  /** Connections being refused or closed (their error line is on its way); not counted as clients. */
  closing = /* @__PURE__ */ new Set();
  maxLineBytes;
  maxQueuedBytes;
  /** Serves the connections of `server`. */
  attach(server) {
    server.on("connection", (socket) => this.accept(socket));
  }
  /** Connected clients. */
  get clientCount() {
    return this.clients.size;
  }
  /** Clients subscribed to notifications. */
  get subscriberCount() {
    let n = 0;
    for (const c of this.clients) if (c.context.subscribed) n++;
    return n;
  }
  /** Sends a notification (no id) of the protocol to every subscriber; never waits on any of them. */
  notify(method, params2) {
    const line = JSON.stringify({ jsonrpc: "2.0", method, params: params2 });
    for (const client of this.clients) {
      if (!client.context.subscribed) continue;
      this.counters.notifications++;
      this.write(client, [line], line.length);
    }
  }
  /** Closes every connection at once, those being refused included. */
  closeAll() {
    for (const client of this.clients) client.socket.destroy();
    for (const socket of this.closing) socket.destroy();
  }
  /** Sends `line` and closes: half-close now, a full close after 1 s at the latest. */
  endWith(socket, line) {
    this.closing.add(socket);
    socket.once("close", () => this.closing.delete(socket));
    socket.end(line);
    setTimeout(() => socket.destroy(), 1e3).unref();
  }
  accept(socket) {
    socket.on("error", () => {
    });
    if (this.clients.size >= this.options.maxClients) {
      this.counters.clients_refused++;
      this.endWith(
        socket,
        `${JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: RpcErrorCode.TOO_MANY_CLIENTS, message: `too many clients (at most ${this.options.maxClients})` } })}
`
      );
      return;
    }
    const client = { socket, context: { subscribe: false, subscribed: false }, partial: "", partialBytes: 0, decoder: null, waiting: null };
    this.clients.add(client);
    socket.on("close", () => this.clients.delete(client));
    socket.on("data", (chunk) => this.onData(client, chunk));
  }
  /**
   * Splits the bytes into lines at `\n` (a byte that occurs in UTF-8 only as itself) and answers
   * each; keeps at most `maxLineBytes` of an unfinished line.
   */
  onData(client, chunk) {
    let start = 0;
    let newline;
    while ((newline = chunk.indexOf(10, start)) !== -1) {
      if (client.partialBytes + newline - start > this.maxLineBytes) {
        this.refuseLine(client);
        return;
      }
      const piece = chunk.subarray(start, newline);
      const line = client.decoder === null ? piece.toString("utf8") : client.partial + client.decoder.end(piece);
      client.partial = "";
      client.partialBytes = 0;
      client.decoder = null;
      start = newline + 1;
      if (line.trim() !== "") this.answer(client, line);
      if (client.socket.destroyed) return;
    }
    if (start === chunk.length) return;
    if (client.partialBytes + chunk.length - start > this.maxLineBytes) {
      this.refuseLine(client);
      return;
    }
    client.decoder ??= new StringDecoder("utf8");
    client.partial += client.decoder.write(chunk.subarray(start));
    client.partialBytes += chunk.length - start;
  }
  /** Answers an oversized line with an error and closes: nothing more is read from this client. */
  refuseLine(client) {
    this.counters.errors++;
    client.partial = "";
    client.partialBytes = 0;
    client.decoder = null;
    this.clients.delete(client);
    client.socket.removeAllListeners("data");
    client.socket.pause();
    const error = {
      jsonrpc: "2.0",
      id: null,
      error: { code: RpcErrorCode.INVALID_REQUEST, message: `request line exceeds ${this.maxLineBytes} bytes; closing the connection` }
    };
    this.endWith(client.socket, `${JSON.stringify(error)}
`);
  }
  /**
   * Answers one line: at once when its answer is synchronous; otherwise the connection is paused
   * and the lines after it wait until it is sent, so answers keep the requests' order. The lines
   * after an answer also wait, the connection paused, while the client has not taken its unsent
   * output (past the socket's high-water mark, 16 KiB): nothing more of it is read or answered
   * until that output drains.
   */
  answer(client, line) {
    if (client.waiting !== null) {
      client.waiting.push(line);
      return;
    }
    if (client.socket.destroyed) return;
    this.counters.requests++;
    const answer = handleLine(line, this.methods, client.context, this.options.lineLimits);
    if (!(answer instanceof Promise)) {
      this.deliver(client, answer);
      if (client.socket.writableNeedDrain) {
        this.hold(client);
        client.socket.once("drain", () => this.release(client));
      }
      return;
    }
    this.hold(client);
    void answer.then((a) => {
      if (!this.clients.has(client)) return;
      this.deliver(client, a);
      if (client.socket.writableNeedDrain) client.socket.once("drain", () => this.release(client));
      else this.release(client);
    });
  }
  /** Stops reading `client`; its lines already read wait in `waiting`. */
  hold(client) {
    client.waiting = [];
    client.socket.pause();
  }
  /** Answers the lines that waited, in order, until one has to wait again; else reads on. */
  release(client) {
    if (!this.clients.has(client)) return;
    const later = client.waiting ?? [];
    client.waiting = null;
    while (later.length > 0 && client.waiting === null) this.answer(client, later.shift());
    if (client.waiting === null) client.socket.resume();
    else client.waiting.unshift(...later);
  }
  /** Writes a line's answer; a `subscribe` in it takes effect once that answer is written. */
  deliver(client, answer) {
    if (answer !== null) {
      this.counters.errors += answer.errors;
      this.write(client, answer.parts, answer.bytes);
    }
    if (client.context.subscribe) {
      client.context.subscribe = false;
      client.context.subscribed = true;
    }
  }
  /** Sends the pieces of one line and its `\n`, or drops the client when its unsent output would pass `maxQueuedBytes`. */
  write(client, parts, bytes) {
    const { socket } = client;
    if (socket.destroyed || socket.writableEnded) return;
    if (socket.writableLength + bytes > this.maxQueuedBytes) {
      this.counters.clients_dropped++;
      socket.destroy();
      return;
    }
    if (parts.length === 1) {
      socket.write(`${parts[0]}
`);
      return;
    }
    socket.cork();
    for (const part of parts) socket.write(part);
    socket.write("\n");
    socket.uncork();
  }
};

// ts/server/daemon.ts
function statusText(h) {
  if (h.status === "disconnected") return h.socket_path ? `disconnected (last: ${h.socket_path})` : "disconnected: no Sway found yet";
  return `${h.status}: ${h.socket_path} (Sway ${h.sway_version}, ${h.latency_ms === null ? "no reply" : `${h.latency_ms} ms`})`;
}
function stableSocketOf(options, passed, target) {
  const fd = passed.find((p) => p.name === STABLE_FD_NAME)?.fd ?? null;
  if (fd === null && options.stableSocket === void 0) return Promise.resolve(null);
  const path = options.stableSocket ?? defaultStableSocket(options.monitor.runtimeDir);
  return startStableSocket({ path, fd, waitMs: options.stableWaitMs ?? DEFAULT_STABLE_WAIT_MS, log: options.log }, target);
}
async function startDaemon(options) {
  const { log: log2 } = options;
  const startedAt = performance4.now();
  const notifier = new Notifier(log2);
  const passed = listenFdsWithNames();
  const rpcFd = passed.find((p) => p.name !== STABLE_FD_NAME)?.fd ?? null;
  const activated = rpcFd !== null;
  let liveSway = () => null;
  const stable = await stableSocketOf(options, passed, () => liveSway());
  const environment = new ManagerEnvironment(new ManagerLink({ env: process.env, runtimeDir: process.env.XDG_RUNTIME_DIR ?? options.monitor.runtimeDir, log: log2 }));
  const history = new HistoryStore({ dir: options.historyDir, log: log2 });
  const summaries = new SummaryRecorder(history, options.summaryPeriodMs);
  const monitor = new HealthMonitor({
    ...options.monitor,
    exclude: stable ? [stable.identity] : void 0,
    stableSocketPath: stable?.path,
    environment,
    history,
    log: log2
  });
  liveSway = () => {
    const health = monitor.snapshot();
    return health.status === "disconnected" ? null : health.socket_path;
  };
  let cleanupRemovals = 0;
  const counters = () => ({ ...rpc.counters, ...monitor.counters, environment_reads: environment.reads, cleanup_removals: cleanupRemovals });
  const metrics = lazyMetrics({
    health: () => monitor.snapshot(),
    clients: () => rpc.clientCount,
    subscribers: () => rpc.subscriberCount,
    counters,
    stableSocket: stable === null ? null : () => stable.status()
  });
  monitor.on("validation", (latency, ok) => {
    summaries.add(latency, ok);
    if (latency !== null) metrics.current()?.observeLatency(latency);
  });
  const rpc = new RpcServer(
    daemonMethods({
      health: () => monitor.snapshot(),
      history,
      status: () => ({
        version: package_default.version,
        pid: process.pid,
        uptime_seconds: Math.round(performance4.now() - startedAt) / 1e3,
        socket_path: activated ? null : options.socketPath,
        socket_activated: activated,
        clients: rpc.clientCount,
        subscribers: rpc.subscriberCount,
        counters: counters(),
        stable_socket: stable?.status() ?? null
      }),
      metricsText: () => metrics.load().then((m) => m.text()),
      countRemovals: (count) => cleanupRemovals += count
    }),
    { maxClients: options.maxClients }
  );
  const server = createServer3();
  rpc.attach(server);
  monitor.on("change", (health) => {
    stable?.proxy.targetChanged();
    rpc.notify("socket_health_changed", health);
    void notifier.status(statusText(health));
  });
  if (!activated && await prepareSocketPath(options.socketPath)) log2("notice", `removed a dead daemon's socket at ${options.socketPath}`);
  await monitor.start();
  stable?.proxy.discovered();
  const metricsServer = options.metricsListen === void 0 ? null : await serveMetrics(options.metricsListen, metrics.load);
  if (metricsServer !== null) {
    await metrics.load();
    const a = metricsServer.address();
    log2("info", `serving metrics on http://${a.family === "IPv6" ? `[${a.address}]` : a.address}:${a.port}/metrics`);
  }
  if (activated) await listenOnActivatedFd(server, rpcFd);
  else await listenOnPath(server, options.socketPath);
  await notifier.send({ READY: "1", STATUS: statusText(monitor.snapshot()) });
  notifier.startWatchdog();
  log2("info", `serving on ${activated ? "the socket passed by systemd" : options.socketPath}`);
  let stopped = false;
  let reportFailure = () => void 0;
  const failed = new Promise((resolve) => reportFailure = resolve);
  const guarded = { socketPath: options.socketPath, served: activated ? null : servedSocketIdentity(options.socketPath), stable };
  if (guarded.served !== null || stable !== null) {
    monitor.on("tick", () => {
      if (stopped) return;
      const problem = servedSocketProblem(guarded);
      if (problem === null) return;
      log2("err", `${problem.message}; stopped serving`);
      stop(problem.removeSocket);
      reportFailure(problem.message);
    });
  }
  const stop = (removeSocket) => {
    if (stopped) return;
    stopped = true;
    notifier.close();
    monitor.stop();
    summaries.stop();
    history.close();
    rpc.closeAll();
    stable?.stop();
    metricsServer?.closeAllConnections();
    server.close();
    metricsServer?.close();
    if (!activated && removeSocket) {
      try {
        unlinkSync2(options.socketPath);
      } catch {
      }
    }
  };
  return { socketPath: activated ? null : options.socketPath, stop: () => stop(true), failed };
}

// ts/systemd/log.ts
import { fstatSync as fstatSync2 } from "node:fs";
var Priority = { err: 3, warning: 4, notice: 5, info: 6, debug: 7 };
function stderrIsJournal(env = process.env) {
  const stream = env.JOURNAL_STREAM;
  if (!stream) return false;
  const [dev, ino] = stream.split(":");
  try {
    const st = fstatSync2(2, { bigint: true });
    return String(st.dev) === dev && String(st.ino) === ino;
  } catch {
    return false;
  }
}
function createLogger(options = {}) {
  const journal = options.journal ?? stderrIsJournal();
  const write = options.write ?? ((line) => process.stderr.write(line));
  return (priority, message) => {
    const text = message.replace(/\n/g, " ");
    write(journal ? `<${Priority[priority]}>${text}
` : `${text}
`);
  };
}

// ts/cli/programs/healthd.ts
var HEALTHD_OPTIONS = {
  interval: { type: "number", value: "S", default: 5, unit: "seconds", describe: "Seconds between GET_VERSION validations" },
  "validation-timeout": { type: "number", value: "MS", default: 1e3, unit: "milliseconds", describe: "Milliseconds before a validation counts as stale" },
  socket: { type: "string", value: "PATH", describe: "Our socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" },
  "runtime-dir": { type: "string", value: "DIR", describe: "Where Sway's sockets are (default: $XDG_RUNTIME_DIR)" },
  "sway-socket": { type: "string", value: "PATH", describe: "Watch only this Sway socket" },
  "repair-environment": { type: "boolean", default: true, describe: "Keep the user manager's SWAYSOCK/I3SOCK pointing at the live Sway" },
  "environment-grace": {
    type: "number",
    value: "S",
    default: 10,
    range: "non-negative",
    unit: "seconds",
    describe: "Seconds without a live Sway before a dead SWAYSOCK is unset"
  },
  "environment-interval": {
    type: "number",
    value: "S",
    unit: "seconds",
    describe: "Seconds between reads of the user manager's environment while nothing happens (default: --interval)"
  },
  "stable-socket": {
    type: "string",
    value: "PATH",
    optionalValue: true,
    describe: "Also serve the stable socket that always reaches the live Sway, at PATH (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)"
  },
  "stable-wait": {
    type: "number",
    value: "S",
    default: DEFAULT_STABLE_WAIT_MS / 1e3,
    range: "non-negative",
    unit: "seconds",
    describe: "Seconds a stable-socket client waits for a Sway before it is closed"
  },
  "max-clients": { type: "number", value: "N", default: 64, range: "count", describe: "Clients served at once" },
  "metrics-listen": {
    type: "string",
    value: "ADDR:PORT",
    describe: "Serve Prometheus metrics at http://ADDR:PORT/metrics (loopback only unless --metrics-allow-remote)"
  },
  "metrics-allow-remote": { type: "boolean", describe: "Allow a non-loopback --metrics-listen address" },
  "history-summary": { type: "number", value: "S", default: 300, unit: "seconds", describe: "Seconds between validation summaries in the health history" }
};
function healthdDaemonOptions(args, env, log2) {
  const runtimeDir = resolveRuntimeDir(args["runtime-dir"], env);
  const stable = args["stable-socket"];
  return {
    monitor: {
      runtimeDir,
      swaySocket: args["sway-socket"],
      ownSwaysock: env.SWAYSOCK,
      intervalMs: args.interval * 1e3,
      validationTimeoutMs: args["validation-timeout"],
      environmentIntervalMs: (args["environment-interval"] ?? args.interval) * 1e3,
      repairEnvironment: args["repair-environment"],
      unsetGraceMs: args["environment-grace"] * 1e3
    },
    socketPath: args.socket ?? defaultDaemonSocket(runtimeDir),
    maxClients: args["max-clients"],
    stableSocket: stable === void 0 ? void 0 : stable || defaultStableSocket(runtimeDir),
    stableWaitMs: args["stable-wait"] * 1e3,
    historyDir: historyDir(env),
    summaryPeriodMs: args["history-summary"] * 1e3,
    metricsListen: args["metrics-listen"] === void 0 ? void 0 : parseListenAddress(args["metrics-listen"], args["metrics-allow-remote"]),
    log: log2
  };
}
var log = createLogger();
var stopRequested = null;
var daemon = null;
function stopOnSignals() {
  const stopOn = (signal) => {
    if (stopRequested !== null) return;
    stopRequested = signal;
    log("info", `${signal}: stopping`);
    if (daemon !== null) {
      daemon.stop();
      process.exit(0);
    }
  };
  process.on("SIGTERM", stopOn);
  process.on("SIGINT", stopOn);
}
var healthdProgram = defineProgram({
  name: "swaysock-healthd",
  summary: "Health daemon for the Sway IPC socket: answers get_socket_health (JSON-RPC 2.0) on its own socket.",
  options: HEALTHD_OPTIONS,
  exitStatus: "0 after SIGTERM or SIGINT, 1 when it cannot start or stopped serving because its socket or directory was opened up, 64 on usage errors.",
  check: (args) => {
    if (args["metrics-listen"] !== void 0) parseListenAddress(args["metrics-listen"], args["metrics-allow-remote"]);
  },
  run: async (args) => {
    const options = healthdDaemonOptions(args, process.env, log);
    try {
      daemon = await startDaemon(options);
    } catch (err) {
      log("err", hasCode(err, "ERR_SWAYSOCK_SOCKET_PATH") ? err.message : `cannot start: ${err.message}`);
      process.exit(1);
    }
    if (stopRequested !== null) {
      daemon.stop();
      process.exit(0);
    }
    void daemon.failed.then(() => process.exit(1));
  }
});

// ts/bin/swaysock-healthd.ts
stopOnSignals();
void runProgram(healthdProgram, process.argv.slice(2));
