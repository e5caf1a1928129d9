var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/safe-buffer/index.js
var require_safe_buffer = __commonJS({
  "node_modules/safe-buffer/index.js"(exports2, module2) {
    var buffer = require("buffer");
    var Buffer2 = buffer.Buffer;
    function copyProps(src, dst) {
      for (var key in src) {
        dst[key] = src[key];
      }
    }
    if (Buffer2.from && Buffer2.alloc && Buffer2.allocUnsafe && Buffer2.allocUnsafeSlow) {
      module2.exports = buffer;
    } else {
      copyProps(buffer, exports2);
      exports2.Buffer = SafeBuffer;
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
  "node_modules/@homebridge/dbus-native/lib/signature.js"(exports2, module2) {
    var match = {
      "{": "}",
      "(": ")"
    };
    var knownTypes = {};
    "(){}ybnqiuxtdsogarvehm*?@&^".split("").forEach(function(c) {
      knownTypes[c] = true;
    });
    module2.exports = function parseSignature(signature) {
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
  "node_modules/@homebridge/dbus-native/lib/put.js"(exports2, module2) {
    var assert = require("assert");
    module2.exports = Put;
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
  "node_modules/@homebridge/dbus-native/lib/align.js"(exports2) {
    var Buffer2 = require_safe_buffer().Buffer;
    function align(ps, n) {
      var pad = n - ps._offset % n;
      if (pad === 0 || pad === n) return;
      var padBuff = Buffer2.alloc(pad);
      ps.put(Buffer2.from(padBuff));
      ps._offset += pad;
    }
    exports2.align = align;
  }
});

// node_modules/long/umd/index.js
var require_umd = __commonJS({
  "node_modules/long/umd/index.js"(exports2, module2) {
    (function(global, factory) {
      function preferDefault(exports3) {
        return exports3.default || exports3;
      }
      if (typeof define === "function" && define.amd) {
        define([], function() {
          var exports3 = {};
          factory(exports3);
          return preferDefault(exports3);
        });
      } else if (typeof exports2 === "object") {
        factory(exports2);
        if (typeof module2 === "object") module2.exports = preferDefault(exports2);
      } else {
        (function() {
          var exports3 = {};
          factory(exports3);
          global.Long = preferDefault(exports3);
        })();
      }
    })(
      typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : exports2,
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
        LongPrototype.add = function add(addend) {
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
  "node_modules/@homebridge/dbus-native/lib/marshallers.js"(exports2) {
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
    exports2.MakeSimpleMarshaller = MakeSimpleMarshaller;
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
  "node_modules/@homebridge/dbus-native/lib/marshall.js"(exports2, module2) {
    var assert = require("assert");
    var parseSignature = require_signature();
    var put = require_put();
    var Marshallers = require_marshallers();
    var align = require_align().align;
    module2.exports = function marshall(signature, data, offset) {
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
  "node_modules/@homebridge/dbus-native/lib/constants.js"(exports2, module2) {
    module2.exports = {
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
  "node_modules/@homebridge/dbus-native/lib/dbus-buffer.js"(exports2, module2) {
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
    module2.exports = DBusBuffer;
  }
});

// node_modules/@homebridge/dbus-native/lib/header-signature.json
var require_header_signature = __commonJS({
  "node_modules/@homebridge/dbus-native/lib/header-signature.json"(exports2, module2) {
    module2.exports = [
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
  "node_modules/@homebridge/dbus-native/lib/message.js"(exports2, module2) {
    var Buffer2 = require_safe_buffer().Buffer;
    var marshall = require_marshall();
    var constants2 = require_constants();
    var DBusBuffer = require_dbus_buffer();
    var headerSignature = require_header_signature();
    module2.exports.unmarshalMessages = function messageParser(stream, onMessage, opts) {
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
            le = header[0] === constants2.endianness.le;
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
            var message2 = {};
            message2.serial = le ? header.readUInt32LE(8) : header.readUInt32BE(8);
            for (var i = 0; i < unmarshalledHeader.length; ++i) {
              headerName = constants2.headerTypeName[unmarshalledHeader[i][0]];
              message2[headerName] = unmarshalledHeader[i][1][1][0];
            }
            message2.type = header[1];
            message2.flags = header[2];
            if (bodyLength > 0 && message2.signature) {
              message2.body = messageBuffer.read(message2.signature);
            }
            onMessage(message2);
          }
        }
      });
    };
    module2.exports.unmarshall = function unmarshall(buff, opts) {
      var le = buff[0] === constants2.endianness.le;
      var bufferOpts = Object.assign({}, opts, { littleEndian: le });
      var msgBuf = new DBusBuffer(buff, void 0, bufferOpts);
      var headers = msgBuf.read("yyyyuua(yv)");
      var message2 = {};
      for (var i = 0; i < headers[6].length; ++i) {
        var headerName = constants2.headerTypeName[headers[6][i][0]];
        message2[headerName] = headers[6][i][1][1][0];
      }
      message2.type = headers[1];
      message2.flags = headers[2];
      message2.serial = headers[5];
      msgBuf.align(3);
      message2.body = msgBuf.read(message2.signature);
      return message2;
    };
    module2.exports.marshall = function marshallMessage(message2) {
      if (!message2.serial) throw new Error("Missing or invalid serial");
      var flags = message2.flags || 0;
      var type = message2.type || constants2.messageType.methodCall;
      var bodyLength = 0;
      var bodyBuff;
      if (message2.signature && message2.body) {
        bodyBuff = marshall(message2.signature, message2.body);
        bodyLength = bodyBuff.length;
      }
      var header = [
        constants2.endianness.le,
        type,
        flags,
        constants2.protocolVersion,
        bodyLength,
        message2.serial
      ];
      var headerBuff = marshall("yyyyuu", header);
      var fields = [];
      constants2.headerTypeName.forEach(function(fieldName) {
        var fieldVal = message2[fieldName];
        if (fieldVal) {
          fields.push([
            constants2.headerTypeId[fieldName],
            [constants2.fieldSignature[fieldName], fieldVal]
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

// swaysock-session.cjs
var swaysock_session_exports = {};
__export(swaysock_session_exports, {
  ENDING_SIGNALS: () => ENDING_SIGNALS,
  NO_EXTRA_VARIABLES: () => NO_EXTRA_VARIABLES,
  PER_SERVICE_VARIABLES: () => PER_SERVICE_VARIABLES,
  SESSION_VARIABLES: () => SESSION_VARIABLES,
  VariableNameError: () => VariableNameError,
  busOfProcessName: () => busOfProcessName,
  guardTerminal: () => guardTerminal,
  parseEnvArguments: () => parseEnvArguments,
  runSession: () => runSession,
  sessionVariables: () => sessionVariables
});
module.exports = __toCommonJS(swaysock_session_exports);

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
  constructor(code, message2, options) {
    super(message2, options);
    this.code = code;
    this.name = "SwaysockError";
  }
};
function hasCode(err, ...codes) {
  if (!(err instanceof Error) || !("code" in err) || typeof err.code !== "string" || !Object.hasOwn(ERROR_CODES, err.code)) return false;
  return codes.length === 0 || codes.includes(err.code);
}

// ts/session/environment.ts
var SESSION_VARIABLES = ["SWAYSOCK", "I3SOCK", "WAYLAND_DISPLAY", "DISPLAY", "XDG_CURRENT_DESKTOP", "XDG_SESSION_TYPE"];
var VariableNameError = class extends SwaysockError {
  constructor(argument) {
    super("ERR_SWAYSOCK_VARIABLE_NAME", `--env ${JSON.stringify(argument)} is not an environment variable name (NAME or NAME=VALUE)`);
    this.argument = argument;
    this.name = "VariableNameError";
  }
  argument;
};
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var PER_SERVICE_VARIABLES = [
  "NOTIFY_SOCKET",
  "LISTEN_PID",
  "LISTEN_FDS",
  "LISTEN_FDNAMES",
  "INVOCATION_ID",
  "JOURNAL_STREAM",
  "MANAGERPID",
  "SYSTEMD_EXEC_PID",
  "WATCHDOG_PID",
  "WATCHDOG_USEC"
];
var NO_EXTRA_VARIABLES = { names: [], assigned: {}, all: false };
function parseEnvArguments(args, all = false) {
  const names = [];
  const assigned = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) throw new VariableNameError(arg);
    if (eq === -1) names.push(name);
    else assigned[name] = arg.slice(eq + 1);
  }
  return { names, assigned, all };
}
function sessionVariables(env, request = NO_EXTRA_VARIABLES) {
  const vars = {};
  if (request.all) {
    for (const [name, value] of Object.entries(env)) {
      if (value !== void 0 && NAME.test(name) && !PER_SERVICE_VARIABLES.includes(name)) vars[name] = value;
    }
  }
  const named = [.../* @__PURE__ */ new Set([...SESSION_VARIABLES, ...request.names, ...Object.keys(request.assigned)])];
  for (const name of [...SESSION_VARIABLES, ...request.names]) {
    const value = env[name];
    if (value !== void 0) vars[name] = value;
  }
  Object.assign(vars, request.assigned);
  return { vars, teardown: named.filter((name) => name in vars) };
}
function busOfProcessName(comm) {
  return comm === "dbus-daemon" ? "dbus-daemon" : comm === "dbus-broker" || comm === "dbus-broker-lau" ? "dbus-broker" : "unknown";
}

// ts/discovery/discover.ts
var import_promises = require("node:fs/promises");
var import_node_path3 = require("node:path");

// ts/ipc/client.ts
var import_node_events = require("node:events");

// ts/net/connect.ts
var import_node_net = require("node:net");

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
    const socket = (0, import_node_net.connect)({ path, allowHalfOpen });
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

// ts/ipc/codec.ts
var import_node_os = require("node:os");
var IPC_MAGIC = Buffer.from("i3-ipc", "ascii");
var IPC_HEADER_BYTES = 14;
var DEFAULT_MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;
var IPC_EVENT_BIT = 2147483648;
var LITTLE = (0, import_node_os.endianness)() === "LE";
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
  constructor(code, message2) {
    super(code, message2);
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

// ts/ipc/client.ts
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
  constructor(message2, options) {
    super("ERR_SWAYSOCK_IPC_CLOSED", message2, options);
    this.name = "IpcClosedError";
  }
};
var IpcReplyError = class extends SwaysockError {
  constructor(message2) {
    super("ERR_SWAYSOCK_IPC_REPLY", message2);
    this.name = "IpcReplyError";
  }
};
var SwayIpcClient = class _SwayIpcClient extends import_node_events.EventEmitter {
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
var import_node_fs = require("node:fs");
function sameIdentity(a, b) {
  return a.dev === b.dev && a.ino === b.ino;
}
async function inspectSocketFile(path, uid) {
  let st;
  try {
    st = (0, import_node_fs.lstatSync)(path);
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
    const [sa, sb] = [(0, import_node_fs.statSync)(a), (0, import_node_fs.statSync)(b)];
    return sameIdentity(sa, sb);
  } catch {
    return false;
  }
}

// ts/paths/paths.ts
var import_node_path = require("node:path");
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
function defaultStableSocket(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.stableSocket);
}
function sessionLockPath(runtimeDir) {
  return (0, import_node_path.join)(runtimeDir, RUNTIME_FILES.sessionLock);
}

// ts/liveness/proc.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var SWAY_PROCESS_NAMES = /* @__PURE__ */ new Set(["sway", ".sway-wrapped"]);
function readProcStat(pid, procRoot = "/proc") {
  const dir = (0, import_node_path2.join)(procRoot, String(pid));
  if ((0, import_node_fs2.statSync)(dir, { throwIfNoEntry: false }) === void 0) return null;
  let text;
  try {
    text = (0, import_node_fs2.readFileSync)((0, import_node_path2.join)(dir, "stat"), "utf8");
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
    if (SWAY_PROCESS_NAMES.has((0, import_node_path2.basename)((0, import_node_fs2.readlinkSync)((0, import_node_path2.join)(procRoot, String(pid), "exe"))))) return "sway";
  } catch {
  }
  return "other";
}
function waylandDisplaysOf(pid, runtimeDir, procRoot = "/proc") {
  const displays = [];
  let fds;
  try {
    fds = (0, import_node_fs2.readdirSync)((0, import_node_path2.join)(procRoot, String(pid), "fd"));
  } catch {
    return displays;
  }
  const prefix = (0, import_node_path2.join)(runtimeDir, "wayland-");
  for (const fd of fds) {
    let target;
    try {
      target = (0, import_node_fs2.readlinkSync)((0, import_node_path2.join)(procRoot, String(pid), "fd", fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix) && target.endsWith(".lock")) displays.push((0, import_node_path2.basename)(target, ".lock"));
  }
  return displays;
}

// ts/liveness/socket-name.ts
var NAME2 = /^sway-ipc\.(\d{1,10})\.(\d{1,10})\.sock$/;
function parseSwaySocketName(name) {
  const m = NAME2.exec(name);
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
    names = await (0, import_promises.readdir)(dir);
  } catch {
    return [];
  }
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => (0, import_node_path3.join)(dir, n));
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

// ts/systemd/manager-bus.ts
var import_node_path4 = require("node:path");

// ts/dbus/connection.ts
var import_message = __toESM(require_message(), 1);
var METHOD_CALL = 1;
var METHOD_RETURN = 2;
var ERROR = 3;
var SIGNAL = 4;
var MAX_MESSAGE_BYTES = 2 ** 27;
var DBusError = class extends SwaysockError {
  constructor(code, message2, dbusName, options) {
    super(code, message2, options);
    this.dbusName = dbusName;
    this.name = "DBusError";
  }
  dbusName;
};
function parseBusAddress(address) {
  for (const entry of address.split(";")) {
    const colon = entry.indexOf(":");
    if (entry.slice(0, colon) !== "unix") continue;
    const params = new Map(
      entry.slice(colon + 1).split(",").map((kv) => [kv.slice(0, kv.indexOf("=")), decodeURIComponent(kv.slice(kv.indexOf("=") + 1))])
    );
    const path = params.get("path");
    if (path) return { path, bus: true };
    const abstract = params.get("abstract");
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
      let message2;
      try {
        message2 = decode(bytes);
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
      this.receive(message2, bytes.subarray(size - bodyLength));
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
  return env.DBUS_SESSION_BUS_ADDRESS ? parseBusAddress(env.DBUS_SESSION_BUS_ADDRESS) : { path: (0, import_node_path4.join)(runtimeDir, "bus"), bus: true };
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
  const address = route === "private" ? { path: (0, import_node_path4.join)(runtimeDir, "systemd", "private"), bus: false } : sessionBusAddress(env, runtimeDir);
  return new ManagerBus(await DBusConnection.open(address, timeoutMs));
}
function connectSessionBus(env, runtimeDir, timeoutMs = CALL_TIMEOUT_MS) {
  return DBusConnection.open(sessionBusAddress(env, runtimeDir), timeoutMs);
}
async function updateActivationEnvironment(bus, vars, timeoutMs = CALL_TIMEOUT_MS) {
  const entries = Object.entries(vars);
  if (entries.length > 0) await bus.call({ ...BUS_DRIVER, member: "UpdateActivationEnvironment", signature: "a{ss}", body: [entries] }, timeoutMs);
}
async function connectionUnixProcessId(bus, name, timeoutMs = CALL_TIMEOUT_MS) {
  const [pid] = await bus.call({ ...BUS_DRIVER, member: "GetConnectionUnixProcessID", signature: "s", body: [name] }, timeoutMs);
  if (typeof pid !== "number") throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", `GetConnectionUnixProcessID(${name}): not a number`);
  return pid;
}

// ts/session/buses.ts
var quiet = (p) => {
  p.catch(() => {
  });
  return p;
};
var SessionBuses = class {
  constructor(env, runtimeDir) {
    this.env = env;
    this.runtimeDir = runtimeDir;
    this.managerP = quiet(connectManager(env, runtimeDir));
    this.busP = quiet(connectSessionBus(env, runtimeDir));
  }
  env;
  runtimeDir;
  managerP;
  busP;
  /** The manager connection as opened (not reopened when lost). @throws DBusError when it could not be opened. */
  manager() {
    return this.managerP;
  }
  /** The session bus connection, reopened if it was lost. @throws DBusError when no bus answers. */
  async bus() {
    const current = await this.busP.catch(() => null);
    if (current !== null && !current.closed) return current;
    this.busP = quiet(connectSessionBus(this.env, this.runtimeDir));
    return this.busP;
  }
  /** A fresh manager connection in place of a lost one (the old one is closed). @throws DBusError. */
  async reconnectManager() {
    const old = await this.managerP.catch(() => null);
    old?.close();
    this.managerP = quiet(connectManager(this.env, this.runtimeDir));
    return this.managerP;
  }
  /** Closes both connections. */
  async close() {
    const [manager, bus] = await Promise.all([this.managerP.catch(() => null), this.busP.catch(() => null)]);
    manager?.close();
    bus?.close();
  }
};
var TEARDOWN_ATTEMPTS = 3;
var connectionLost = (err) => ["ERR_SWAYSOCK_DBUS_CLOSED", "ERR_SWAYSOCK_DBUS_CONNECT"].includes(err.code);
async function retryOnLoss(buses, step, onLost) {
  for (let attempt = 1; ; attempt++) {
    try {
      let manager = await buses.manager();
      if (manager.connection.closed) {
        onLost(manager.connection.closeReason ?? "closed");
        manager = await buses.reconnectManager();
      }
      return await step(manager);
    } catch (err) {
      if (attempt >= TEARDOWN_ATTEMPTS || !connectionLost(err)) throw err;
      onLost(err.message);
      await new Promise((r) => setTimeout(r, 100));
      await buses.reconnectManager().catch(() => {
      });
    }
  }
}
async function sessionBusKind(bus, procRoot = "/proc") {
  try {
    const pid = await connectionUnixProcessId(bus, "org.freedesktop.DBus");
    const stat = readProcStat(pid, procRoot);
    return stat === null ? "unknown" : busOfProcessName(stat.comm);
  } catch {
    return "unknown";
  }
}

// ts/lock/pid-lock.ts
var import_node_fs4 = require("node:fs");
var import_node_path5 = require("node:path");

// ts/fs/private-dir.ts
var import_node_fs3 = require("node:fs");
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
  (0, import_node_fs3.mkdirSync)(dir, { recursive: true, mode: 448 });
  checkPrivateDir(dir, uid);
}
function checkPrivateDir(dir, uid = process.getuid()) {
  const st = (0, import_node_fs3.lstatSync)(dir);
  if (!st.isDirectory()) throw new UnsafeDirectoryError(dir, `${dir} is not a directory (a symlink?)`, null);
  const problem = notOwnerOnly(dir, st, uid);
  if (problem !== null) throw new UnsafeDirectoryError(dir, problem, st.uid === uid ? `chmod 0700 ${dir}` : null);
}
function notOwnerOnly(path, st, uid) {
  if (st.uid !== uid) return `${path} belongs to UID ${st.uid}, not to us (UID ${uid})`;
  if ((st.mode & 63) !== 0) return `${path} has mode ${(st.mode & 511).toString(8).padStart(4, "0")}, open to group or others`;
  return null;
}

// ts/lock/pid-lock.ts
var LockTimeoutError = class extends SwaysockError {
  constructor(path, why) {
    super("ERR_SWAYSOCK_LOCK_TIMEOUT", `could not take ${path} before the deadline: ${why}`);
    this.path = path;
    this.name = "LockTimeoutError";
  }
  path;
};
var DEFAULT_LOCK_TIMEOUT_MS = 1e4;
function readLockRecord(path) {
  let fd;
  try {
    fd = (0, import_node_fs4.openSync)(path, import_node_fs4.constants.O_RDONLY | import_node_fs4.constants.O_NOFOLLOW | import_node_fs4.constants.O_NONBLOCK);
  } catch {
    return null;
  }
  try {
    if (!(0, import_node_fs4.fstatSync)(fd).isFile()) return null;
    const h = JSON.parse((0, import_node_fs4.readFileSync)(fd, "utf8"));
    return Number.isInteger(h.pid) && Number.isInteger(h.start_ticks) ? h : null;
  } catch {
    return null;
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}
function writeTemporary(path, text) {
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10).padEnd(8, "0")}.tmp`;
  const fd = (0, import_node_fs4.openSync)(tmp, import_node_fs4.constants.O_WRONLY | import_node_fs4.constants.O_CREAT | import_node_fs4.constants.O_EXCL | import_node_fs4.constants.O_NOFOLLOW, 384);
  try {
    (0, import_node_fs4.writeSync)(fd, text);
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
  return tmp;
}
function holderIsAlive(holder, procRoot = "/proc") {
  try {
    const stat = readProcStat(holder.pid, procRoot);
    return stat !== null && stat.state !== "Z" && stat.state !== "X" && stat.startTicks === holder.start_ticks;
  } catch {
    return true;
  }
}
var BREAK_LOCK_STALE_MS = 1e4;
async function tryAcquireLock(path, extra, options = {}) {
  const procRoot = options.procRoot ?? "/proc";
  const deadline = options.deadline ?? Date.now() + DEFAULT_LOCK_TIMEOUT_MS;
  ensurePrivateDir((0, import_node_path5.dirname)(path));
  const self2 = readProcStat(process.pid, procRoot);
  const holder = { pid: process.pid, start_ticks: self2?.startTicks ?? 0, since: (/* @__PURE__ */ new Date()).toISOString(), ...extra };
  const tmp = writeTemporary(path, `${JSON.stringify(holder)}
`);
  try {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        (0, import_node_fs4.linkSync)(tmp, path);
        return {
          lock: {
            path,
            holder,
            release: () => {
              const current2 = readLockRecord(path);
              try {
                if (current2 !== null && current2.pid === holder.pid && current2.start_ticks === holder.start_ticks && current2.since === holder.since)
                  (0, import_node_fs4.unlinkSync)(path);
              } catch {
              }
            }
          }
        };
      } catch (err) {
        if (err.code !== "EEXIST") throw err;
      }
      const current = readLockRecord(path);
      if (current !== null && holderIsAlive(current, procRoot)) return { held: current };
      await breakStaleLock(path, procRoot, deadline);
    }
    throw new SwaysockError("ERR_SWAYSOCK_LOCK_UNSTABLE", `could not take ${path}: it kept changing under us`);
  } finally {
    try {
      (0, import_node_fs4.unlinkSync)(tmp);
    } catch {
    }
  }
}
async function breakStaleLock(path, procRoot, deadline) {
  const breakLock = `${path}.break`;
  for (; ; ) {
    try {
      (0, import_node_fs4.mkdirSync)(breakLock, { mode: 448 });
      break;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    try {
      if (Date.now() - (0, import_node_fs4.lstatSync)(breakLock).mtimeMs > BREAK_LOCK_STALE_MS) (0, import_node_fs4.rmdirSync)(breakLock);
    } catch {
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(path, `another process keeps ${breakLock} while the lock's holder is dead`);
    await new Promise((r) => setTimeout(r, 5));
  }
  try {
    const current = readLockRecord(path);
    if ((0, import_node_fs4.existsSync)(path) && (current === null || !holderIsAlive(current, procRoot))) (0, import_node_fs4.unlinkSync)(path);
  } finally {
    (0, import_node_fs4.rmdirSync)(breakLock);
  }
}

// ts/session/lock.ts
var SessionLockedError = class extends SwaysockError {
  constructor(holder, lockPath) {
    super(
      "ERR_SWAYSOCK_SESSION_LOCKED",
      `another swaysock session (PID ${holder.pid}, for ${holder.swaysock}, since ${holder.since}) holds ${lockPath}; refusing to start a second one (exec_always runs this command again on every reload; use exec)`
    );
    this.holder = holder;
    this.lockPath = lockPath;
    this.name = "SessionLockedError";
  }
  holder;
  lockPath;
};
async function acquireSessionLock(runtimeDir, swaysock, procRoot = "/proc") {
  const path = sessionLockPath(runtimeDir);
  const result = await tryAcquireLock(path, { swaysock }, { procRoot });
  if ("held" in result) throw new SessionLockedError(result.held, path);
  return result.lock;
}

// ts/session/lifecycle.ts
var ENDING_SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"];
var UP_STATES = /* @__PURE__ */ new Set(["active", "activating", "reloading"]);
var SessionEnd = class {
  reason = null;
  resolver;
  promise = new Promise((resolve) => this.resolver = resolve);
  finish(reason) {
    if (this.reason !== null) return;
    this.reason = reason;
    this.resolver(reason);
  }
};
async function findSway(o) {
  if (o.env.SWAYSOCK) return o.env.SWAYSOCK;
  const found = await discoverSway({ runtimeDir: o.runtimeDir, swaysock: null, managerEnv: null, waylandDisplay: o.env.WAYLAND_DISPLAY });
  if (found.chosen === null) throw new SwaysockError("ERR_SWAYSOCK_NO_SWAY", `SWAYSOCK is not set and no live Sway IPC socket answers in ${o.runtimeDir}`);
  o.log("notice", `SWAYSOCK is not set; using ${found.chosen.path} (found by discovery)`);
  return found.chosen.path;
}
async function watchSway(swaysock, end) {
  let client;
  try {
    client = await SwayIpcClient.connect(swaysock, { timeoutMs: 2e3 });
  } catch (err) {
    throw new SwaysockError("ERR_SWAYSOCK_SWAY_UNREACHABLE", `cannot connect to Sway at ${swaysock}: ${err.message}`, { cause: err });
  }
  client.on("close", () => end.finish("Sway closed its IPC connection"));
  client.on("event", (name) => {
    if (name === "shutdown") end.finish("Sway sent the shutdown event");
  });
  try {
    await client.getVersion(2e3);
    await client.subscribe(["shutdown"], 2e3);
  } catch (err) {
    client.close();
    throw new SwaysockError("ERR_SWAYSOCK_SWAY_UNREACHABLE", `Sway at ${swaysock} did not answer: ${err.message}`, { cause: err });
  }
  return client;
}
var message = (err) => err.message;
async function tearDown(o, buses, imported) {
  let ok = true;
  const onLost = (reason) => o.log("warning", `lost the connection to the user manager (${reason}); trying again over a new one`);
  const busKind = imported.length === 0 ? null : buses.bus().then(
    async (bus) => ({ bus, kind: await sessionBusKind(bus) }),
    (err) => err
  );
  try {
    await retryOnLoss(buses, (m) => m.startUnit(o.shutdownTarget, "replace-irreversibly", o.startTimeoutMs ?? 9e4), onLost);
  } catch (err) {
    o.log("err", `could not start ${o.shutdownTarget}: ${message(err)}`);
    ok = false;
  }
  if (busKind === null) return ok;
  const found = await busKind;
  let emptied = null;
  if (found instanceof Error) o.log("warning", `could not empty ${imported.join(" ")} in the D-Bus activation environment: ${found.message}`);
  else {
    const { bus, kind } = found;
    if (kind !== "dbus-broker") {
      try {
        await updateActivationEnvironment(bus, Object.fromEntries(imported.map((n) => [n, ""])));
        o.log("info", `emptied ${imported.join(" ")} in the D-Bus activation environment (session bus: ${kind})`);
        emptied = new ManagerBus(bus);
      } catch (err) {
        o.log("warning", `could not empty ${imported.join(" ")} in the D-Bus activation environment (${kind}): ${message(err)}`);
      }
    }
  }
  try {
    const overBus = emptied === null ? false : await emptied.unsetEnvironment(imported).then(
      () => true,
      () => false
    );
    if (!overBus) await retryOnLoss(buses, (m) => m.unsetEnvironment(imported), onLost);
  } catch (err) {
    o.log("err", `could not unset ${imported.join(" ")}: ${message(err)}`);
    ok = false;
  }
  return ok;
}
async function waitDown(manager, unit, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const state = await manager.activeState(unit);
    if (!UP_STATES.has(state) && state !== "deactivating") return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return false;
}
async function exportedSocket(o, swaysock, end) {
  if (o.stableSocket === void 0) return swaysock;
  const probe = await probeSocket(o.stableSocket);
  if (probe.kind !== "listening") {
    o.log("warning", `the stable socket ${o.stableSocket} does not listen (${probe.kind === "error" ? probe.code : probe.kind}); exporting ${swaysock}`);
    return swaysock;
  }
  const answered = await Promise.race([answersThrough(o.stableSocket, o.startTimeoutMs ?? 9e4), end.promise.then(() => "ended")]);
  if (answered === "ended") return swaysock;
  if (answered === null) return o.stableSocket;
  o.log("warning", `the stable socket ${o.stableSocket} does not answer (${answered.message}); exporting ${swaysock}`);
  return swaysock;
}
async function answersThrough(path, timeoutMs) {
  let client = null;
  try {
    client = await SwayIpcClient.connect(path, { timeoutMs: 2e3 });
    await client.getVersion(timeoutMs);
    return null;
  } catch (err) {
    return err;
  } finally {
    client?.close();
  }
}
async function startSession(o, buses, swaysock, end, targetState) {
  let manager = await buses.manager();
  if (UP_STATES.has(await targetState) && UP_STATES.has(await manager.activeState(o.target))) {
    const theirs = (await manager.environment()).SWAYSOCK || void 0;
    if (theirs !== void 0 && (sameSocketFile(theirs, swaysock) || o.stableSocket !== void 0 && sameSocketFile(theirs, o.stableSocket))) {
      o.log("notice", `${o.target} is already active for this Sway (${swaysock}); adopting it`);
    } else if (theirs !== void 0 && (await probeSocket(theirs)).kind === "listening") {
      o.log("err", `${o.target} is active for another live Sway (SWAYSOCK=${theirs}); not taking its session over`);
      return "refused";
    } else {
      o.log("warning", `${o.target} is active but its Sway (${theirs ?? "SWAYSOCK unset"}) is gone; tearing that session down first`);
      await tearDown(o, buses, []);
      manager = await buses.manager();
      if (!await waitDown(manager, o.target, 1e4)) o.log("warning", `${o.target} is still up after its teardown`);
    }
  }
  if (end.reason !== null) return { imported: [], ok: true };
  const exported = await exportedSocket(o, swaysock, end);
  const { vars, teardown } = sessionVariables(
    { ...o.env, SWAYSOCK: exported, I3SOCK: exported === swaysock ? o.env.I3SOCK ?? swaysock : exported },
    o.variables
  );
  const [set, activation, reset] = await Promise.allSettled([
    manager.setEnvironment(vars),
    buses.bus().then((bus) => updateActivationEnvironment(bus, vars)),
    manager.resetFailed()
  ]);
  if (set.status === "rejected") throw set.reason;
  o.log("info", `imported ${Object.keys(vars).join(" ")} into the user manager`);
  const imported = teardown;
  if (activation.status === "rejected") o.log("warning", `could not update the D-Bus activation environment: ${message(activation.reason)}`);
  if (reset.status === "rejected") o.log("warning", `could not reset failed units: ${message(reset.reason)}`);
  if (end.reason !== null) return { imported, ok: true };
  const started = await Promise.race([
    manager.startUnit(o.target, "replace", o.startTimeoutMs ?? 9e4).then(
      () => null,
      (err) => err
    ),
    end.promise.then(() => "ended")
  ]);
  if (started === "ended") return { imported, ok: true };
  if (started !== null) {
    o.log("err", `could not start ${o.target}: ${started.message}`);
    return { imported, ok: false };
  }
  o.log("notice", `started ${o.target} for ${swaysock}`);
  return { imported, ok: true };
}
async function runSession(o) {
  const end = new SessionEnd();
  const onSignal = (signal) => end.finish(`received ${signal}`);
  for (const s of ENDING_SIGNALS) process.on(s, onSignal);
  const watch = { client: null, failed: false };
  let watching = null;
  let lock = null;
  const buses = new SessionBuses(o.env, o.runtimeDir);
  const targetState = quiet(buses.manager().then((m) => m.activeState(o.target)));
  try {
    await new Promise((resolve) => setImmediate(resolve));
    const swaysock = await findSway(o);
    lock = await acquireSessionLock(o.runtimeDir, swaysock);
    watching = watchSway(swaysock, end).then(
      (c) => void (watch.client = c),
      (err) => {
        watch.failed = true;
        o.log("err", err.message);
        end.finish("its IPC could not be watched");
      }
    );
    const session = await startSession(o, buses, swaysock, end, targetState);
    await watching;
    if (session === "refused") return 1;
    const reason = await end.promise;
    o.log("notice", `Sway session ended (${reason}); stopping ${o.target}`);
    const ok = await tearDown(o, buses, session.imported);
    if (ok) o.log("info", `stopped ${o.target} and unset ${session.imported.join(" ")}`);
    return ok && session.ok && !watch.failed ? 0 : 1;
  } catch (err) {
    o.log("err", hasCode(err, "ERR_SWAYSOCK_SESSION_LOCKED") ? err.message : `session not started: ${err.message}`);
    return 1;
  } finally {
    lock?.release();
    await watching;
    watch.client?.close();
    await buses.close();
    for (const s of ENDING_SIGNALS) process.off(s, onSignal);
  }
}

// ts/session/terminal.ts
var import_node_fs5 = require("node:fs");
var import_node_tty = require("node:tty");
function guardTerminal() {
  const fds = [0, 1, 2].filter((fd) => (0, import_node_tty.isatty)(fd));
  if (fds.includes(1)) process.stdout.on("error", () => {
  });
  if (fds.includes(2)) process.stderr.on("error", () => {
  });
  return {
    fds,
    release() {
      const released = [];
      for (const fd of fds) {
        if ((0, import_node_tty.isatty)(fd)) continue;
        (0, import_node_fs5.closeSync)(fd);
        const opened = (0, import_node_fs5.openSync)("/dev/null", fd === 0 ? "r" : "w");
        if (opened !== fd) (0, import_node_fs5.closeSync)(opened);
        released.push(fd);
      }
      return released;
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ENDING_SIGNALS,
  NO_EXTRA_VARIABLES,
  PER_SERVICE_VARIABLES,
  SESSION_VARIABLES,
  VariableNameError,
  busOfProcessName,
  guardTerminal,
  parseEnvArguments,
  runSession,
  sessionVariables
});
