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

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    module.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// node_modules/get-caller-file/index.js
var require_get_caller_file = __commonJS({
  "node_modules/get-caller-file/index.js"(exports, module) {
    "use strict";
    module.exports = function getCallerFile2(position) {
      if (position === void 0) {
        position = 2;
      }
      if (position >= Error.stackTraceLimit) {
        throw new TypeError("getCallerFile(position) requires position be less then Error.stackTraceLimit but position was: `" + position + "` and Error.stackTraceLimit was: `" + Error.stackTraceLimit + "`");
      }
      var oldPrepareStackTrace = Error.prepareStackTrace;
      Error.prepareStackTrace = function(_, stack2) {
        return stack2;
      };
      var stack = new Error().stack;
      Error.prepareStackTrace = oldPrepareStackTrace;
      if (stack !== null && typeof stack === "object") {
        return stack[position] ? stack[position].getFileName() : void 0;
      }
    };
  }
});

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
    function align2(ps, n) {
      var pad = n - ps._offset % n;
      if (pad === 0 || pad === n) return;
      var padBuff = Buffer2.alloc(pad);
      ps.put(Buffer2.from(padBuff));
      ps._offset += pad;
    }
    exports.align = align2;
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
    var align2 = require_align().align;
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
            align2(ps, 4);
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
            align2(ps, 4);
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
            align2(ps, 2);
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
            align2(ps, 2);
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
            align2(ps, 4);
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
            align2(ps, 4);
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
            align2(ps, 8);
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
            align2(ps, 8);
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
            align2(ps, 8);
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
    var align2 = require_align().align;
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
          align2(ps, 8);
          writeStruct(ps, ele.child, data);
          break;
        case "a":
          var arrPut = put();
          arrPut._offset = ps._offset;
          var _offset = arrPut._offset;
          writeSimple(arrPut, "u", 0);
          var lengthOffset = arrPut._offset - 4 - _offset;
          if (["x", "t", "d", "{", "("].indexOf(ele.child[0].type) !== -1)
            align2(arrPut, 8);
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

// node_modules/yargs/lib/platform-shims/esm.mjs
import { notStrictEqual, strictEqual } from "assert";

// node_modules/cliui/build/lib/index.js
var align = {
  right: alignRight,
  center: alignCenter
};
var top = 0;
var right = 1;
var bottom = 2;
var left = 3;
var UI = class {
  constructor(opts) {
    var _a2;
    this.width = opts.width;
    this.wrap = (_a2 = opts.wrap) !== null && _a2 !== void 0 ? _a2 : true;
    this.rows = [];
  }
  span(...args) {
    const cols = this.div(...args);
    cols.span = true;
  }
  resetOutput() {
    this.rows = [];
  }
  div(...args) {
    if (args.length === 0) {
      this.div("");
    }
    if (this.wrap && this.shouldApplyLayoutDSL(...args) && typeof args[0] === "string") {
      return this.applyLayoutDSL(args[0]);
    }
    const cols = args.map((arg) => {
      if (typeof arg === "string") {
        return this.colFromString(arg);
      }
      return arg;
    });
    this.rows.push(cols);
    return cols;
  }
  shouldApplyLayoutDSL(...args) {
    return args.length === 1 && typeof args[0] === "string" && /[\t\n]/.test(args[0]);
  }
  applyLayoutDSL(str) {
    const rows = str.split("\n").map((row) => row.split("	"));
    let leftColumnWidth = 0;
    rows.forEach((columns) => {
      if (columns.length > 1 && mixin.stringWidth(columns[0]) > leftColumnWidth) {
        leftColumnWidth = Math.min(Math.floor(this.width * 0.5), mixin.stringWidth(columns[0]));
      }
    });
    rows.forEach((columns) => {
      this.div(...columns.map((r, i) => {
        return {
          text: r.trim(),
          padding: this.measurePadding(r),
          width: i === 0 && columns.length > 1 ? leftColumnWidth : void 0
        };
      }));
    });
    return this.rows[this.rows.length - 1];
  }
  colFromString(text) {
    return {
      text,
      padding: this.measurePadding(text)
    };
  }
  measurePadding(str) {
    const noAnsi = mixin.stripAnsi(str);
    return [0, noAnsi.match(/\s*$/)[0].length, 0, noAnsi.match(/^\s*/)[0].length];
  }
  toString() {
    const lines = [];
    this.rows.forEach((row) => {
      this.rowToString(row, lines);
    });
    return lines.filter((line) => !line.hidden).map((line) => line.text).join("\n");
  }
  rowToString(row, lines) {
    this.rasterize(row).forEach((rrow, r) => {
      let str = "";
      rrow.forEach((col, c) => {
        const { width } = row[c];
        const wrapWidth = this.negatePadding(row[c]);
        let ts = col;
        if (wrapWidth > mixin.stringWidth(col)) {
          ts += " ".repeat(wrapWidth - mixin.stringWidth(col));
        }
        if (row[c].align && row[c].align !== "left" && this.wrap) {
          const fn = align[row[c].align];
          ts = fn(ts, wrapWidth);
          if (mixin.stringWidth(ts) < wrapWidth) {
            ts += " ".repeat((width || 0) - mixin.stringWidth(ts) - 1);
          }
        }
        const padding = row[c].padding || [0, 0, 0, 0];
        if (padding[left]) {
          str += " ".repeat(padding[left]);
        }
        str += addBorder(row[c], ts, "| ");
        str += ts;
        str += addBorder(row[c], ts, " |");
        if (padding[right]) {
          str += " ".repeat(padding[right]);
        }
        if (r === 0 && lines.length > 0) {
          str = this.renderInline(str, lines[lines.length - 1]);
        }
      });
      lines.push({
        text: str.replace(/ +$/, ""),
        span: row.span
      });
    });
    return lines;
  }
  // if the full 'source' can render in
  // the target line, do so.
  renderInline(source, previousLine) {
    const match = source.match(/^ */);
    const leadingWhitespace = match ? match[0].length : 0;
    const target = previousLine.text;
    const targetTextWidth = mixin.stringWidth(target.trimRight());
    if (!previousLine.span) {
      return source;
    }
    if (!this.wrap) {
      previousLine.hidden = true;
      return target + source;
    }
    if (leadingWhitespace < targetTextWidth) {
      return source;
    }
    previousLine.hidden = true;
    return target.trimRight() + " ".repeat(leadingWhitespace - targetTextWidth) + source.trimLeft();
  }
  rasterize(row) {
    const rrows = [];
    const widths = this.columnWidths(row);
    let wrapped;
    row.forEach((col, c) => {
      col.width = widths[c];
      if (this.wrap) {
        wrapped = mixin.wrap(col.text, this.negatePadding(col), { hard: true }).split("\n");
      } else {
        wrapped = col.text.split("\n");
      }
      if (col.border) {
        wrapped.unshift("." + "-".repeat(this.negatePadding(col) + 2) + ".");
        wrapped.push("'" + "-".repeat(this.negatePadding(col) + 2) + "'");
      }
      if (col.padding) {
        wrapped.unshift(...new Array(col.padding[top] || 0).fill(""));
        wrapped.push(...new Array(col.padding[bottom] || 0).fill(""));
      }
      wrapped.forEach((str, r) => {
        if (!rrows[r]) {
          rrows.push([]);
        }
        const rrow = rrows[r];
        for (let i = 0; i < c; i++) {
          if (rrow[i] === void 0) {
            rrow.push("");
          }
        }
        rrow.push(str);
      });
    });
    return rrows;
  }
  negatePadding(col) {
    let wrapWidth = col.width || 0;
    if (col.padding) {
      wrapWidth -= (col.padding[left] || 0) + (col.padding[right] || 0);
    }
    if (col.border) {
      wrapWidth -= 4;
    }
    return wrapWidth;
  }
  columnWidths(row) {
    if (!this.wrap) {
      return row.map((col) => {
        return col.width || mixin.stringWidth(col.text);
      });
    }
    let unset = row.length;
    let remainingWidth = this.width;
    const widths = row.map((col) => {
      if (col.width) {
        unset--;
        remainingWidth -= col.width;
        return col.width;
      }
      return void 0;
    });
    const unsetWidth = unset ? Math.floor(remainingWidth / unset) : 0;
    return widths.map((w, i) => {
      if (w === void 0) {
        return Math.max(unsetWidth, _minWidth(row[i]));
      }
      return w;
    });
  }
};
function addBorder(col, ts, style) {
  if (col.border) {
    if (/[.']-+[.']/.test(ts)) {
      return "";
    }
    if (ts.trim().length !== 0) {
      return style;
    }
    return "  ";
  }
  return "";
}
function _minWidth(col) {
  const padding = col.padding || [];
  const minWidth = 1 + (padding[left] || 0) + (padding[right] || 0);
  if (col.border) {
    return minWidth + 4;
  }
  return minWidth;
}
function getWindowWidth() {
  if (typeof process === "object" && process.stdout && process.stdout.columns) {
    return process.stdout.columns;
  }
  return 80;
}
function alignRight(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth < width) {
    return " ".repeat(width - strWidth) + str;
  }
  return str;
}
function alignCenter(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth >= width) {
    return str;
  }
  return " ".repeat(width - strWidth >> 1) + str;
}
var mixin;
function cliui(opts, _mixin) {
  mixin = _mixin;
  return new UI({
    width: (opts === null || opts === void 0 ? void 0 : opts.width) || getWindowWidth(),
    wrap: opts === null || opts === void 0 ? void 0 : opts.wrap
  });
}

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var import_emoji_regex = __toESM(require_emoji_regex(), 1);
var segmenter = new Intl.Segmenter();
var defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
function stringWidth(string, options = {}) {
  if (typeof string !== "string" || string.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment: character } of segmenter.segment(string)) {
    const codePoint = character.codePointAt(0);
    if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
      continue;
    }
    if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
      continue;
    }
    if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
      continue;
    }
    if (codePoint >= 55296 && codePoint <= 57343) {
      continue;
    }
    if (codePoint >= 65024 && codePoint <= 65039) {
      continue;
    }
    if (defaultIgnorableCodePointRegex.test(character)) {
      continue;
    }
    if ((0, import_emoji_regex.default)().test(character)) {
      width += 2;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/wrap-ansi/index.js
var ESCAPES = /* @__PURE__ */ new Set([
  "\x1B",
  "\x9B"
]);
var END_CODE = 39;
var ANSI_ESCAPE_BELL = "\x07";
var ANSI_CSI = "[";
var ANSI_OSC = "]";
var ANSI_SGR_TERMINATOR = "m";
var ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
var wrapAnsiCode = (code) => `${ESCAPES.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
var wrapAnsiHyperlink = (url) => `${ESCAPES.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
var wordLengths = (string) => string.split(" ").map((character) => stringWidth(character));
var wrapWord = (rows, word, columns) => {
  const characters = [...word];
  let isInsideEscape = false;
  let isInsideLinkEscape = false;
  let visible = stringWidth(stripAnsi(rows.at(-1)));
  for (const [index, character] of characters.entries()) {
    const characterLength = stringWidth(character);
    if (visible + characterLength <= columns) {
      rows[rows.length - 1] += character;
    } else {
      rows.push(character);
      visible = 0;
    }
    if (ESCAPES.has(character)) {
      isInsideEscape = true;
      const ansiEscapeLinkCandidate = characters.slice(index + 1, index + 1 + ANSI_ESCAPE_LINK.length).join("");
      isInsideLinkEscape = ansiEscapeLinkCandidate === ANSI_ESCAPE_LINK;
    }
    if (isInsideEscape) {
      if (isInsideLinkEscape) {
        if (character === ANSI_ESCAPE_BELL) {
          isInsideEscape = false;
          isInsideLinkEscape = false;
        }
      } else if (character === ANSI_SGR_TERMINATOR) {
        isInsideEscape = false;
      }
      continue;
    }
    visible += characterLength;
    if (visible === columns && index < characters.length - 1) {
      rows.push("");
      visible = 0;
    }
  }
  if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
    rows[rows.length - 2] += rows.pop();
  }
};
var stringVisibleTrimSpacesRight = (string) => {
  const words = string.split(" ");
  let last = words.length;
  while (last > 0) {
    if (stringWidth(words[last - 1]) > 0) {
      break;
    }
    last--;
  }
  if (last === words.length) {
    return string;
  }
  return words.slice(0, last).join(" ") + words.slice(last).join("");
};
var exec = (string, columns, options = {}) => {
  if (options.trim !== false && string.trim() === "") {
    return "";
  }
  let returnValue = "";
  let escapeCode;
  let escapeUrl;
  const lengths = wordLengths(string);
  let rows = [""];
  for (const [index, word] of string.split(" ").entries()) {
    if (options.trim !== false) {
      rows[rows.length - 1] = rows.at(-1).trimStart();
    }
    let rowLength = stringWidth(rows.at(-1));
    if (index !== 0) {
      if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
        rows.push("");
        rowLength = 0;
      }
      if (rowLength > 0 || options.trim === false) {
        rows[rows.length - 1] += " ";
        rowLength++;
      }
    }
    if (options.hard && lengths[index] > columns) {
      const remainingColumns = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((lengths[index] - remainingColumns - 1) / columns);
      const breaksStartingNextLine = Math.floor((lengths[index] - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push("");
      }
      wrapWord(rows, word, columns);
      continue;
    }
    if (rowLength + lengths[index] > columns && rowLength > 0 && lengths[index] > 0) {
      if (options.wordWrap === false && rowLength < columns) {
        wrapWord(rows, word, columns);
        continue;
      }
      rows.push("");
    }
    if (rowLength + lengths[index] > columns && options.wordWrap === false) {
      wrapWord(rows, word, columns);
      continue;
    }
    rows[rows.length - 1] += word;
  }
  if (options.trim !== false) {
    rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
  }
  const preString = rows.join("\n");
  const pre = [...preString];
  let preStringIndex = 0;
  for (const [index, character] of pre.entries()) {
    returnValue += character;
    if (ESCAPES.has(character)) {
      const { groups } = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`).exec(preString.slice(preStringIndex)) || { groups: {} };
      if (groups.code !== void 0) {
        const code2 = Number.parseFloat(groups.code);
        escapeCode = code2 === END_CODE ? void 0 : code2;
      } else if (groups.uri !== void 0) {
        escapeUrl = groups.uri.length === 0 ? void 0 : groups.uri;
      }
    }
    const code = ansi_styles_default.codes.get(Number(escapeCode));
    if (pre[index + 1] === "\n") {
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink("");
      }
      if (escapeCode && code) {
        returnValue += wrapAnsiCode(code);
      }
    } else if (character === "\n") {
      if (escapeCode && code) {
        returnValue += wrapAnsiCode(escapeCode);
      }
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink(escapeUrl);
      }
    }
    preStringIndex += character.length;
  }
  return returnValue;
};
function wrapAnsi(string, columns, options) {
  return String(string).normalize().replaceAll("\r\n", "\n").split("\n").map((line) => exec(line, columns, options)).join("\n");
}

// node_modules/cliui/index.mjs
function ui(opts) {
  return cliui(opts, {
    stringWidth,
    stripAnsi,
    wrap: wrapAnsi
  });
}

// node_modules/escalade/sync/index.mjs
import { dirname, resolve } from "path";
import { readdirSync, statSync } from "fs";
function sync_default(start, callback) {
  let dir = resolve(".", start);
  let tmp, stats = statSync(dir);
  if (!stats.isDirectory()) {
    dir = dirname(dir);
  }
  while (true) {
    tmp = callback(dir, readdirSync(dir));
    if (tmp) return resolve(dir, tmp);
    dir = dirname(tmp = dir);
    if (tmp === dir) break;
  }
}

// node_modules/yargs/lib/platform-shims/esm.mjs
import { inspect } from "util";
import { fileURLToPath } from "url";

// node_modules/yargs/node_modules/yargs-parser/build/lib/index.js
import { format } from "util";
import { normalize, resolve as resolve2 } from "path";

// node_modules/yargs/node_modules/yargs-parser/build/lib/string-utils.js
function camelCase(str) {
  const isCamelCase = str !== str.toLowerCase() && str !== str.toUpperCase();
  if (!isCamelCase) {
    str = str.toLowerCase();
  }
  if (str.indexOf("-") === -1 && str.indexOf("_") === -1) {
    return str;
  } else {
    let camelcase = "";
    let nextChrUpper = false;
    const leadingHyphens = str.match(/^-+/);
    for (let i = leadingHyphens ? leadingHyphens[0].length : 0; i < str.length; i++) {
      let chr = str.charAt(i);
      if (nextChrUpper) {
        nextChrUpper = false;
        chr = chr.toUpperCase();
      }
      if (i !== 0 && (chr === "-" || chr === "_")) {
        nextChrUpper = true;
      } else if (chr !== "-" && chr !== "_") {
        camelcase += chr;
      }
    }
    return camelcase;
  }
}
function decamelize(str, joinString) {
  const lowercase = str.toLowerCase();
  joinString = joinString || "-";
  let notCamelcase = "";
  for (let i = 0; i < str.length; i++) {
    const chrLower = lowercase.charAt(i);
    const chrString = str.charAt(i);
    if (chrLower !== chrString && i > 0) {
      notCamelcase += `${joinString}${lowercase.charAt(i)}`;
    } else {
      notCamelcase += chrString;
    }
  }
  return notCamelcase;
}
function looksLikeNumber(x) {
  if (x === null || x === void 0)
    return false;
  if (typeof x === "number")
    return true;
  if (/^0x[0-9a-f]+$/i.test(x))
    return true;
  if (/^0[^.]/.test(x))
    return false;
  return /^[-]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
}

// node_modules/yargs/node_modules/yargs-parser/build/lib/tokenize-arg-string.js
function tokenizeArgString(argString) {
  if (Array.isArray(argString)) {
    return argString.map((e) => typeof e !== "string" ? e + "" : e);
  }
  argString = argString.trim();
  let i = 0;
  let prevC = null;
  let c = null;
  let opening = null;
  const args = [];
  for (let ii = 0; ii < argString.length; ii++) {
    prevC = c;
    c = argString.charAt(ii);
    if (c === " " && !opening) {
      if (!(prevC === " ")) {
        i++;
      }
      continue;
    }
    if (c === opening) {
      opening = null;
    } else if ((c === "'" || c === '"') && !opening) {
      opening = c;
    }
    if (!args[i])
      args[i] = "";
    args[i] += c;
  }
  return args;
}

// node_modules/yargs/node_modules/yargs-parser/build/lib/yargs-parser-types.js
var DefaultValuesForTypeKey;
(function(DefaultValuesForTypeKey2) {
  DefaultValuesForTypeKey2["BOOLEAN"] = "boolean";
  DefaultValuesForTypeKey2["STRING"] = "string";
  DefaultValuesForTypeKey2["NUMBER"] = "number";
  DefaultValuesForTypeKey2["ARRAY"] = "array";
})(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));

// node_modules/yargs/node_modules/yargs-parser/build/lib/yargs-parser.js
var mixin2;
var YargsParser = class {
  constructor(_mixin) {
    mixin2 = _mixin;
  }
  parse(argsInput, options) {
    const opts = Object.assign({
      alias: void 0,
      array: void 0,
      boolean: void 0,
      config: void 0,
      configObjects: void 0,
      configuration: void 0,
      coerce: void 0,
      count: void 0,
      default: void 0,
      envPrefix: void 0,
      narg: void 0,
      normalize: void 0,
      string: void 0,
      number: void 0,
      __: void 0,
      key: void 0
    }, options);
    const args = tokenizeArgString(argsInput);
    const inputIsString = typeof argsInput === "string";
    const aliases = combineAliases(Object.assign(/* @__PURE__ */ Object.create(null), opts.alias));
    const configuration = Object.assign({
      "boolean-negation": true,
      "camel-case-expansion": true,
      "combine-arrays": false,
      "dot-notation": true,
      "duplicate-arguments-array": true,
      "flatten-duplicate-arrays": true,
      "greedy-arrays": true,
      "halt-at-non-option": false,
      "nargs-eats-options": false,
      "negation-prefix": "no-",
      "parse-numbers": true,
      "parse-positional-numbers": true,
      "populate--": false,
      "set-placeholder-key": false,
      "short-option-groups": true,
      "strip-aliased": false,
      "strip-dashed": false,
      "unknown-options-as-args": false
    }, opts.configuration);
    const defaults = Object.assign(/* @__PURE__ */ Object.create(null), opts.default);
    const configObjects = opts.configObjects || [];
    const envPrefix = opts.envPrefix;
    const notFlagsOption = configuration["populate--"];
    const notFlagsArgv = notFlagsOption ? "--" : "_";
    const newAliases = /* @__PURE__ */ Object.create(null);
    const defaulted = /* @__PURE__ */ Object.create(null);
    const __ = opts.__ || mixin2.format;
    const flags = {
      aliases: /* @__PURE__ */ Object.create(null),
      arrays: /* @__PURE__ */ Object.create(null),
      bools: /* @__PURE__ */ Object.create(null),
      strings: /* @__PURE__ */ Object.create(null),
      numbers: /* @__PURE__ */ Object.create(null),
      counts: /* @__PURE__ */ Object.create(null),
      normalize: /* @__PURE__ */ Object.create(null),
      configs: /* @__PURE__ */ Object.create(null),
      nargs: /* @__PURE__ */ Object.create(null),
      coercions: /* @__PURE__ */ Object.create(null),
      keys: []
    };
    const negative = /^-([0-9]+(\.[0-9]+)?|\.[0-9]+)$/;
    const negatedBoolean = new RegExp("^--" + configuration["negation-prefix"] + "(.+)");
    [].concat(opts.array || []).filter(Boolean).forEach(function(opt) {
      const key = typeof opt === "object" ? opt.key : opt;
      const assignment = Object.keys(opt).map(function(key2) {
        const arrayFlagKeys = {
          boolean: "bools",
          string: "strings",
          number: "numbers"
        };
        return arrayFlagKeys[key2];
      }).filter(Boolean).pop();
      if (assignment) {
        flags[assignment][key] = true;
      }
      flags.arrays[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.boolean || []).filter(Boolean).forEach(function(key) {
      flags.bools[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.string || []).filter(Boolean).forEach(function(key) {
      flags.strings[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.number || []).filter(Boolean).forEach(function(key) {
      flags.numbers[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.count || []).filter(Boolean).forEach(function(key) {
      flags.counts[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.normalize || []).filter(Boolean).forEach(function(key) {
      flags.normalize[key] = true;
      flags.keys.push(key);
    });
    if (typeof opts.narg === "object") {
      Object.entries(opts.narg).forEach(([key, value]) => {
        if (typeof value === "number") {
          flags.nargs[key] = value;
          flags.keys.push(key);
        }
      });
    }
    if (typeof opts.coerce === "object") {
      Object.entries(opts.coerce).forEach(([key, value]) => {
        if (typeof value === "function") {
          flags.coercions[key] = value;
          flags.keys.push(key);
        }
      });
    }
    if (typeof opts.config !== "undefined") {
      if (Array.isArray(opts.config) || typeof opts.config === "string") {
        ;
        [].concat(opts.config).filter(Boolean).forEach(function(key) {
          flags.configs[key] = true;
        });
      } else if (typeof opts.config === "object") {
        Object.entries(opts.config).forEach(([key, value]) => {
          if (typeof value === "boolean" || typeof value === "function") {
            flags.configs[key] = value;
          }
        });
      }
    }
    extendAliases(opts.key, aliases, opts.default, flags.arrays);
    Object.keys(defaults).forEach(function(key) {
      (flags.aliases[key] || []).forEach(function(alias) {
        defaults[alias] = defaults[key];
      });
    });
    let error = null;
    checkConfiguration();
    let notFlags = [];
    const argv2 = Object.assign(/* @__PURE__ */ Object.create(null), { _: [] });
    const argvReturn = {};
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      const truncatedArg = arg.replace(/^-{3,}/, "---");
      let broken;
      let key;
      let letters;
      let m;
      let next;
      let value;
      if (arg !== "--" && /^-/.test(arg) && isUnknownOptionAsArg(arg)) {
        pushPositional(arg);
      } else if (truncatedArg.match(/^---+(=|$)/)) {
        pushPositional(arg);
        continue;
      } else if (arg.match(/^--.+=/) || !configuration["short-option-groups"] && arg.match(/^-.+=/)) {
        m = arg.match(/^--?([^=]+)=([\s\S]*)$/);
        if (m !== null && Array.isArray(m) && m.length >= 3) {
          if (checkAllAliases(m[1], flags.arrays)) {
            i = eatArray(i, m[1], args, m[2]);
          } else if (checkAllAliases(m[1], flags.nargs) !== false) {
            i = eatNargs(i, m[1], args, m[2]);
          } else {
            setArg(m[1], m[2], true);
          }
        }
      } else if (arg.match(negatedBoolean) && configuration["boolean-negation"]) {
        m = arg.match(negatedBoolean);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          setArg(key, checkAllAliases(key, flags.arrays) ? [false] : false);
        }
      } else if (arg.match(/^--.+/) || !configuration["short-option-groups"] && arg.match(/^-[^-]+/)) {
        m = arg.match(/^--?(.+)/);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          if (checkAllAliases(key, flags.arrays)) {
            i = eatArray(i, key, args);
          } else if (checkAllAliases(key, flags.nargs) !== false) {
            i = eatNargs(i, key, args);
          } else {
            next = args[i + 1];
            if (next !== void 0 && (!next.match(/^-/) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
              setArg(key, next);
              i++;
            } else if (/^(true|false)$/.test(next)) {
              setArg(key, next);
              i++;
            } else {
              setArg(key, defaultValue(key));
            }
          }
        }
      } else if (arg.match(/^-.\..+=/)) {
        m = arg.match(/^-([^=]+)=([\s\S]*)$/);
        if (m !== null && Array.isArray(m) && m.length >= 3) {
          setArg(m[1], m[2]);
        }
      } else if (arg.match(/^-.\..+/) && !arg.match(negative)) {
        next = args[i + 1];
        m = arg.match(/^-(.\..+)/);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          if (next !== void 0 && !next.match(/^-/) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
            setArg(key, next);
            i++;
          } else {
            setArg(key, defaultValue(key));
          }
        }
      } else if (arg.match(/^-[^-]+/) && !arg.match(negative)) {
        letters = arg.slice(1, -1).split("");
        broken = false;
        for (let j = 0; j < letters.length; j++) {
          next = arg.slice(j + 2);
          if (letters[j + 1] && letters[j + 1] === "=") {
            value = arg.slice(j + 3);
            key = letters[j];
            if (checkAllAliases(key, flags.arrays)) {
              i = eatArray(i, key, args, value);
            } else if (checkAllAliases(key, flags.nargs) !== false) {
              i = eatNargs(i, key, args, value);
            } else {
              setArg(key, value);
            }
            broken = true;
            break;
          }
          if (next === "-") {
            setArg(letters[j], next);
            continue;
          }
          if (/[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) && checkAllAliases(next, flags.bools) === false) {
            setArg(letters[j], next);
            broken = true;
            break;
          }
          if (letters[j + 1] && letters[j + 1].match(/\W/)) {
            setArg(letters[j], next);
            broken = true;
            break;
          } else {
            setArg(letters[j], defaultValue(letters[j]));
          }
        }
        key = arg.slice(-1)[0];
        if (!broken && key !== "-") {
          if (checkAllAliases(key, flags.arrays)) {
            i = eatArray(i, key, args);
          } else if (checkAllAliases(key, flags.nargs) !== false) {
            i = eatNargs(i, key, args);
          } else {
            next = args[i + 1];
            if (next !== void 0 && (!/^(-|--)[^-]/.test(next) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
              setArg(key, next);
              i++;
            } else if (/^(true|false)$/.test(next)) {
              setArg(key, next);
              i++;
            } else {
              setArg(key, defaultValue(key));
            }
          }
        }
      } else if (arg.match(/^-[0-9]$/) && arg.match(negative) && checkAllAliases(arg.slice(1), flags.bools)) {
        key = arg.slice(1);
        setArg(key, defaultValue(key));
      } else if (arg === "--") {
        notFlags = args.slice(i + 1);
        break;
      } else if (configuration["halt-at-non-option"]) {
        notFlags = args.slice(i);
        break;
      } else {
        pushPositional(arg);
      }
    }
    applyEnvVars(argv2, true);
    applyEnvVars(argv2, false);
    setConfig(argv2);
    setConfigObjects();
    applyDefaultsAndAliases(argv2, flags.aliases, defaults, true);
    applyCoercions(argv2);
    if (configuration["set-placeholder-key"])
      setPlaceholderKeys(argv2);
    Object.keys(flags.counts).forEach(function(key) {
      if (!hasKey(argv2, key.split(".")))
        setArg(key, 0);
    });
    if (notFlagsOption && notFlags.length)
      argv2[notFlagsArgv] = [];
    notFlags.forEach(function(key) {
      argv2[notFlagsArgv].push(key);
    });
    if (configuration["camel-case-expansion"] && configuration["strip-dashed"]) {
      Object.keys(argv2).filter((key) => key !== "--" && key.includes("-")).forEach((key) => {
        delete argv2[key];
      });
    }
    if (configuration["strip-aliased"]) {
      ;
      [].concat(...Object.keys(aliases).map((k) => aliases[k])).forEach((alias) => {
        if (configuration["camel-case-expansion"] && alias.includes("-")) {
          delete argv2[alias.split(".").map((prop) => camelCase(prop)).join(".")];
        }
        delete argv2[alias];
      });
    }
    function pushPositional(arg) {
      const maybeCoercedNumber = maybeCoerceNumber("_", arg);
      if (typeof maybeCoercedNumber === "string" || typeof maybeCoercedNumber === "number") {
        argv2._.push(maybeCoercedNumber);
      }
    }
    function eatNargs(i, key, args2, argAfterEqualSign) {
      let ii;
      let toEat = checkAllAliases(key, flags.nargs);
      toEat = typeof toEat !== "number" || isNaN(toEat) ? 1 : toEat;
      if (toEat === 0) {
        if (!isUndefined(argAfterEqualSign)) {
          error = Error(__("Argument unexpected for: %s", key));
        }
        setArg(key, defaultValue(key));
        return i;
      }
      let available = isUndefined(argAfterEqualSign) ? 0 : 1;
      if (configuration["nargs-eats-options"]) {
        if (args2.length - (i + 1) + available < toEat) {
          error = Error(__("Not enough arguments following: %s", key));
        }
        available = toEat;
      } else {
        for (ii = i + 1; ii < args2.length; ii++) {
          if (!args2[ii].match(/^-[^0-9]/) || args2[ii].match(negative) || isUnknownOptionAsArg(args2[ii]))
            available++;
          else
            break;
        }
        if (available < toEat)
          error = Error(__("Not enough arguments following: %s", key));
      }
      let consumed = Math.min(available, toEat);
      if (!isUndefined(argAfterEqualSign) && consumed > 0) {
        setArg(key, argAfterEqualSign);
        consumed--;
      }
      for (ii = i + 1; ii < consumed + i + 1; ii++) {
        setArg(key, args2[ii]);
      }
      return i + consumed;
    }
    function eatArray(i, key, args2, argAfterEqualSign) {
      let argsToSet = [];
      let next = argAfterEqualSign || args2[i + 1];
      const nargsCount = checkAllAliases(key, flags.nargs);
      if (checkAllAliases(key, flags.bools) && !/^(true|false)$/.test(next)) {
        argsToSet.push(true);
      } else if (isUndefined(next) || isUndefined(argAfterEqualSign) && /^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) {
        if (defaults[key] !== void 0) {
          const defVal = defaults[key];
          argsToSet = Array.isArray(defVal) ? defVal : [defVal];
        }
      } else {
        if (!isUndefined(argAfterEqualSign)) {
          argsToSet.push(processValue(key, argAfterEqualSign, true));
        }
        for (let ii = i + 1; ii < args2.length; ii++) {
          if (!configuration["greedy-arrays"] && argsToSet.length > 0 || nargsCount && typeof nargsCount === "number" && argsToSet.length >= nargsCount)
            break;
          next = args2[ii];
          if (/^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next))
            break;
          i = ii;
          argsToSet.push(processValue(key, next, inputIsString));
        }
      }
      if (typeof nargsCount === "number" && (nargsCount && argsToSet.length < nargsCount || isNaN(nargsCount) && argsToSet.length === 0)) {
        error = Error(__("Not enough arguments following: %s", key));
      }
      setArg(key, argsToSet);
      return i;
    }
    function setArg(key, val, shouldStripQuotes = inputIsString) {
      if (/-/.test(key) && configuration["camel-case-expansion"]) {
        const alias = key.split(".").map(function(prop) {
          return camelCase(prop);
        }).join(".");
        addNewAlias(key, alias);
      }
      const value = processValue(key, val, shouldStripQuotes);
      const splitKey = key.split(".");
      setKey(argv2, splitKey, value);
      if (flags.aliases[key]) {
        flags.aliases[key].forEach(function(x) {
          const keyProperties = x.split(".");
          setKey(argv2, keyProperties, value);
        });
      }
      if (splitKey.length > 1 && configuration["dot-notation"]) {
        ;
        (flags.aliases[splitKey[0]] || []).forEach(function(x) {
          let keyProperties = x.split(".");
          const a = [].concat(splitKey);
          a.shift();
          keyProperties = keyProperties.concat(a);
          if (!(flags.aliases[key] || []).includes(keyProperties.join("."))) {
            setKey(argv2, keyProperties, value);
          }
        });
      }
      if (checkAllAliases(key, flags.normalize) && !checkAllAliases(key, flags.arrays)) {
        const keys = [key].concat(flags.aliases[key] || []);
        keys.forEach(function(key2) {
          Object.defineProperty(argvReturn, key2, {
            enumerable: true,
            get() {
              return val;
            },
            set(value2) {
              val = typeof value2 === "string" ? mixin2.normalize(value2) : value2;
            }
          });
        });
      }
    }
    function addNewAlias(key, alias) {
      if (!(flags.aliases[key] && flags.aliases[key].length)) {
        flags.aliases[key] = [alias];
        newAliases[alias] = true;
      }
      if (!(flags.aliases[alias] && flags.aliases[alias].length)) {
        addNewAlias(alias, key);
      }
    }
    function processValue(key, val, shouldStripQuotes) {
      if (shouldStripQuotes) {
        val = stripQuotes(val);
      }
      if (checkAllAliases(key, flags.bools) || checkAllAliases(key, flags.counts)) {
        if (typeof val === "string")
          val = val === "true";
      }
      let value = Array.isArray(val) ? val.map(function(v) {
        return maybeCoerceNumber(key, v);
      }) : maybeCoerceNumber(key, val);
      if (checkAllAliases(key, flags.counts) && (isUndefined(value) || typeof value === "boolean")) {
        value = increment();
      }
      if (checkAllAliases(key, flags.normalize) && checkAllAliases(key, flags.arrays)) {
        if (Array.isArray(val))
          value = val.map((val2) => {
            return mixin2.normalize(val2);
          });
        else
          value = mixin2.normalize(val);
      }
      return value;
    }
    function maybeCoerceNumber(key, value) {
      if (!configuration["parse-positional-numbers"] && key === "_")
        return value;
      if (!checkAllAliases(key, flags.strings) && !checkAllAliases(key, flags.bools) && !Array.isArray(value)) {
        const shouldCoerceNumber = looksLikeNumber(value) && configuration["parse-numbers"] && Number.isSafeInteger(Math.floor(parseFloat(`${value}`)));
        if (shouldCoerceNumber || !isUndefined(value) && checkAllAliases(key, flags.numbers)) {
          value = Number(value);
        }
      }
      return value;
    }
    function setConfig(argv3) {
      const configLookup = /* @__PURE__ */ Object.create(null);
      applyDefaultsAndAliases(configLookup, flags.aliases, defaults);
      Object.keys(flags.configs).forEach(function(configKey) {
        const configPath = argv3[configKey] || configLookup[configKey];
        if (configPath) {
          try {
            let config = null;
            const resolvedConfigPath = mixin2.resolve(mixin2.cwd(), configPath);
            const resolveConfig = flags.configs[configKey];
            if (typeof resolveConfig === "function") {
              try {
                config = resolveConfig(resolvedConfigPath);
              } catch (e) {
                config = e;
              }
              if (config instanceof Error) {
                error = config;
                return;
              }
            } else {
              config = mixin2.require(resolvedConfigPath);
            }
            setConfigObject(config);
          } catch (ex) {
            if (ex.name === "PermissionDenied")
              error = ex;
            else if (argv3[configKey])
              error = Error(__("Invalid JSON config file: %s", configPath));
          }
        }
      });
    }
    function setConfigObject(config, prev) {
      Object.keys(config).forEach(function(key) {
        const value = config[key];
        const fullKey = prev ? prev + "." + key : key;
        if (typeof value === "object" && value !== null && !Array.isArray(value) && configuration["dot-notation"]) {
          setConfigObject(value, fullKey);
        } else {
          if (!hasKey(argv2, fullKey.split(".")) || checkAllAliases(fullKey, flags.arrays) && configuration["combine-arrays"]) {
            setArg(fullKey, value);
          }
        }
      });
    }
    function setConfigObjects() {
      if (typeof configObjects !== "undefined") {
        configObjects.forEach(function(configObject) {
          setConfigObject(configObject);
        });
      }
    }
    function applyEnvVars(argv3, configOnly) {
      if (typeof envPrefix === "undefined")
        return;
      const prefix = typeof envPrefix === "string" ? envPrefix : "";
      const env2 = mixin2.env();
      Object.keys(env2).forEach(function(envVar) {
        if (prefix === "" || envVar.lastIndexOf(prefix, 0) === 0) {
          const keys = envVar.split("__").map(function(key, i) {
            if (i === 0) {
              key = key.substring(prefix.length);
            }
            return camelCase(key);
          });
          if ((configOnly && flags.configs[keys.join(".")] || !configOnly) && !hasKey(argv3, keys)) {
            setArg(keys.join("."), env2[envVar]);
          }
        }
      });
    }
    function applyCoercions(argv3) {
      let coerce;
      const applied = /* @__PURE__ */ new Set();
      Object.keys(argv3).forEach(function(key) {
        if (!applied.has(key)) {
          coerce = checkAllAliases(key, flags.coercions);
          if (typeof coerce === "function") {
            try {
              const value = maybeCoerceNumber(key, coerce(argv3[key]));
              [].concat(flags.aliases[key] || [], key).forEach((ali) => {
                applied.add(ali);
                argv3[ali] = value;
              });
            } catch (err) {
              error = err;
            }
          }
        }
      });
    }
    function setPlaceholderKeys(argv3) {
      flags.keys.forEach((key) => {
        if (~key.indexOf("."))
          return;
        if (typeof argv3[key] === "undefined")
          argv3[key] = void 0;
      });
      return argv3;
    }
    function applyDefaultsAndAliases(obj, aliases2, defaults2, canLog = false) {
      Object.keys(defaults2).forEach(function(key) {
        if (!hasKey(obj, key.split("."))) {
          setKey(obj, key.split("."), defaults2[key]);
          if (canLog)
            defaulted[key] = true;
          (aliases2[key] || []).forEach(function(x) {
            if (hasKey(obj, x.split(".")))
              return;
            setKey(obj, x.split("."), defaults2[key]);
          });
        }
      });
    }
    function hasKey(obj, keys) {
      let o = obj;
      if (!configuration["dot-notation"])
        keys = [keys.join(".")];
      keys.slice(0, -1).forEach(function(key2) {
        o = o[key2] || {};
      });
      const key = keys[keys.length - 1];
      if (typeof o !== "object")
        return false;
      else
        return key in o;
    }
    function setKey(obj, keys, value) {
      let o = obj;
      if (!configuration["dot-notation"])
        keys = [keys.join(".")];
      keys.slice(0, -1).forEach(function(key2) {
        key2 = sanitizeKey(key2);
        if (typeof o === "object" && o[key2] === void 0) {
          o[key2] = {};
        }
        if (typeof o[key2] !== "object" || Array.isArray(o[key2])) {
          if (Array.isArray(o[key2])) {
            o[key2].push({});
          } else {
            o[key2] = [o[key2], {}];
          }
          o = o[key2][o[key2].length - 1];
        } else {
          o = o[key2];
        }
      });
      const key = sanitizeKey(keys[keys.length - 1]);
      const isTypeArray = checkAllAliases(keys.join("."), flags.arrays);
      const isValueArray = Array.isArray(value);
      let duplicate = configuration["duplicate-arguments-array"];
      if (!duplicate && checkAllAliases(key, flags.nargs)) {
        duplicate = true;
        if (!isUndefined(o[key]) && flags.nargs[key] === 1 || Array.isArray(o[key]) && o[key].length === flags.nargs[key]) {
          o[key] = void 0;
        }
      }
      if (value === increment()) {
        o[key] = increment(o[key]);
      } else if (Array.isArray(o[key])) {
        if (duplicate && isTypeArray && isValueArray) {
          o[key] = configuration["flatten-duplicate-arrays"] ? o[key].concat(value) : (Array.isArray(o[key][0]) ? o[key] : [o[key]]).concat([value]);
        } else if (!duplicate && Boolean(isTypeArray) === Boolean(isValueArray)) {
          o[key] = value;
        } else {
          o[key] = o[key].concat([value]);
        }
      } else if (o[key] === void 0 && isTypeArray) {
        o[key] = isValueArray ? value : [value];
      } else if (duplicate && !(o[key] === void 0 || checkAllAliases(key, flags.counts) || checkAllAliases(key, flags.bools))) {
        o[key] = [o[key], value];
      } else {
        o[key] = value;
      }
    }
    function extendAliases(...args2) {
      args2.forEach(function(obj) {
        Object.keys(obj || {}).forEach(function(key) {
          if (flags.aliases[key])
            return;
          flags.aliases[key] = [].concat(aliases[key] || []);
          flags.aliases[key].concat(key).forEach(function(x) {
            if (/-/.test(x) && configuration["camel-case-expansion"]) {
              const c = camelCase(x);
              if (c !== key && flags.aliases[key].indexOf(c) === -1) {
                flags.aliases[key].push(c);
                newAliases[c] = true;
              }
            }
          });
          flags.aliases[key].concat(key).forEach(function(x) {
            if (x.length > 1 && /[A-Z]/.test(x) && configuration["camel-case-expansion"]) {
              const c = decamelize(x, "-");
              if (c !== key && flags.aliases[key].indexOf(c) === -1) {
                flags.aliases[key].push(c);
                newAliases[c] = true;
              }
            }
          });
          flags.aliases[key].forEach(function(x) {
            flags.aliases[x] = [key].concat(flags.aliases[key].filter(function(y) {
              return x !== y;
            }));
          });
        });
      });
    }
    function checkAllAliases(key, flag) {
      const toCheck = [].concat(flags.aliases[key] || [], key);
      const keys = Object.keys(flag);
      const setAlias = toCheck.find((key2) => keys.includes(key2));
      return setAlias ? flag[setAlias] : false;
    }
    function hasAnyFlag(key) {
      const flagsKeys = Object.keys(flags);
      const toCheck = [].concat(flagsKeys.map((k) => flags[k]));
      return toCheck.some(function(flag) {
        return Array.isArray(flag) ? flag.includes(key) : flag[key];
      });
    }
    function hasFlagsMatching(arg, ...patterns) {
      const toCheck = [].concat(...patterns);
      return toCheck.some(function(pattern3) {
        const match = arg.match(pattern3);
        return match && hasAnyFlag(match[1]);
      });
    }
    function hasAllShortFlags(arg) {
      if (arg.match(negative) || !arg.match(/^-[^-]+/)) {
        return false;
      }
      let hasAllFlags = true;
      let next;
      const letters = arg.slice(1).split("");
      for (let j = 0; j < letters.length; j++) {
        next = arg.slice(j + 2);
        if (!hasAnyFlag(letters[j])) {
          hasAllFlags = false;
          break;
        }
        if (letters[j + 1] && letters[j + 1] === "=" || next === "-" || /[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) || letters[j + 1] && letters[j + 1].match(/\W/)) {
          break;
        }
      }
      return hasAllFlags;
    }
    function isUnknownOptionAsArg(arg) {
      return configuration["unknown-options-as-args"] && isUnknownOption(arg);
    }
    function isUnknownOption(arg) {
      arg = arg.replace(/^-{3,}/, "--");
      if (arg.match(negative)) {
        return false;
      }
      if (hasAllShortFlags(arg)) {
        return false;
      }
      const flagWithEquals = /^-+([^=]+?)=[\s\S]*$/;
      const normalFlag = /^-+([^=]+?)$/;
      const flagEndingInHyphen = /^-+([^=]+?)-$/;
      const flagEndingInDigits = /^-+([^=]+?\d+)$/;
      const flagEndingInNonWordCharacters = /^-+([^=]+?)\W+.*$/;
      return !hasFlagsMatching(arg, flagWithEquals, negatedBoolean, normalFlag, flagEndingInHyphen, flagEndingInDigits, flagEndingInNonWordCharacters);
    }
    function defaultValue(key) {
      if (!checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts) && `${key}` in defaults) {
        return defaults[key];
      } else {
        return defaultForType(guessType2(key));
      }
    }
    function defaultForType(type) {
      const def = {
        [DefaultValuesForTypeKey.BOOLEAN]: true,
        [DefaultValuesForTypeKey.STRING]: "",
        [DefaultValuesForTypeKey.NUMBER]: void 0,
        [DefaultValuesForTypeKey.ARRAY]: []
      };
      return def[type];
    }
    function guessType2(key) {
      let type = DefaultValuesForTypeKey.BOOLEAN;
      if (checkAllAliases(key, flags.strings))
        type = DefaultValuesForTypeKey.STRING;
      else if (checkAllAliases(key, flags.numbers))
        type = DefaultValuesForTypeKey.NUMBER;
      else if (checkAllAliases(key, flags.bools))
        type = DefaultValuesForTypeKey.BOOLEAN;
      else if (checkAllAliases(key, flags.arrays))
        type = DefaultValuesForTypeKey.ARRAY;
      return type;
    }
    function isUndefined(num) {
      return num === void 0;
    }
    function checkConfiguration() {
      Object.keys(flags.counts).find((key) => {
        if (checkAllAliases(key, flags.arrays)) {
          error = Error(__("Invalid configuration: %s, opts.count excludes opts.array.", key));
          return true;
        } else if (checkAllAliases(key, flags.nargs)) {
          error = Error(__("Invalid configuration: %s, opts.count excludes opts.narg.", key));
          return true;
        }
        return false;
      });
    }
    return {
      aliases: Object.assign({}, flags.aliases),
      argv: Object.assign(argvReturn, argv2),
      configuration,
      defaulted: Object.assign({}, defaulted),
      error,
      newAliases: Object.assign({}, newAliases)
    };
  }
};
function combineAliases(aliases) {
  const aliasArrays = [];
  const combined = /* @__PURE__ */ Object.create(null);
  let change = true;
  Object.keys(aliases).forEach(function(key) {
    aliasArrays.push([].concat(aliases[key], key));
  });
  while (change) {
    change = false;
    for (let i = 0; i < aliasArrays.length; i++) {
      for (let ii = i + 1; ii < aliasArrays.length; ii++) {
        const intersect = aliasArrays[i].filter(function(v) {
          return aliasArrays[ii].indexOf(v) !== -1;
        });
        if (intersect.length) {
          aliasArrays[i] = aliasArrays[i].concat(aliasArrays[ii]);
          aliasArrays.splice(ii, 1);
          change = true;
          break;
        }
      }
    }
  }
  aliasArrays.forEach(function(aliasArray) {
    aliasArray = aliasArray.filter(function(v, i, self2) {
      return self2.indexOf(v) === i;
    });
    const lastAlias = aliasArray.pop();
    if (lastAlias !== void 0 && typeof lastAlias === "string") {
      combined[lastAlias] = aliasArray;
    }
  });
  return combined;
}
function increment(orig) {
  return orig !== void 0 ? orig + 1 : 1;
}
function sanitizeKey(key) {
  if (key === "__proto__")
    return "___proto___";
  return key;
}
function stripQuotes(val) {
  return typeof val === "string" && (val[0] === "'" || val[0] === '"') && val[val.length - 1] === val[0] ? val.substring(1, val.length - 1) : val;
}

// node_modules/yargs/node_modules/yargs-parser/build/lib/index.js
import { readFileSync } from "fs";
import { createRequire } from "node:module";
var _a;
var _b;
var _c;
var minNodeVersion = process && process.env && process.env.YARGS_MIN_NODE_VERSION ? Number(process.env.YARGS_MIN_NODE_VERSION) : 20;
var nodeVersion = (_b = (_a = process === null || process === void 0 ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node) !== null && _b !== void 0 ? _b : (_c = process === null || process === void 0 ? void 0 : process.version) === null || _c === void 0 ? void 0 : _c.slice(1);
if (nodeVersion) {
  const major = Number(nodeVersion.match(/^([^.]+)/)[1]);
  if (major < minNodeVersion) {
    throw Error(`yargs parser supports a minimum Node.js version of ${minNodeVersion}. Read our version support policy: https://github.com/yargs/yargs-parser#supported-nodejs-versions`);
  }
}
var env = process ? process.env : {};
var require2 = createRequire ? createRequire(import.meta.url) : void 0;
var parser = new YargsParser({
  cwd: process.cwd,
  env: () => {
    return env;
  },
  format,
  normalize,
  resolve: resolve2,
  require: (path) => {
    if (typeof require2 !== "undefined") {
      return require2(path);
    } else if (path.match(/\.json$/)) {
      return JSON.parse(readFileSync(path, "utf8"));
    } else {
      throw Error("only .json config files are supported in ESM");
    }
  }
});
var yargsParser = function Parser(args, opts) {
  const result = parser.parse(args.slice(), opts);
  return result.argv;
};
yargsParser.detailed = function(args, opts) {
  return parser.parse(args.slice(), opts);
};
yargsParser.camelCase = camelCase;
yargsParser.decamelize = decamelize;
yargsParser.looksLikeNumber = looksLikeNumber;
var lib_default = yargsParser;

// node_modules/yargs/lib/platform-shims/esm.mjs
import { basename, dirname as dirname2, extname, relative, resolve as resolve4, join } from "path";

// node_modules/yargs/build/lib/utils/process-argv.js
function getProcessArgvBinIndex() {
  if (isBundledElectronApp())
    return 0;
  return 1;
}
function isBundledElectronApp() {
  return isElectronApp() && !process.defaultApp;
}
function isElectronApp() {
  return !!process.versions.electron;
}
function hideBin(argv2) {
  return argv2.slice(getProcessArgvBinIndex() + 1);
}
function getProcessArgvBin() {
  return process.argv[getProcessArgvBinIndex()];
}

// node_modules/yargs/node_modules/string-width/index.js
var segmenter2 = new Intl.Segmenter();
var visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
var spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
var unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
var extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50) {
    return false;
  }
  if (unqualifiedKeycapRegex.test(segment)) {
    return true;
  }
  if (segment.includes("\u200D")) {
    const pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return false;
}
function baseVisible(segment) {
  const index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  const codePoints = [];
  for (const character of visibleSegment) {
    if (!visibleCharacterRegex.test(character)) {
      continue;
    }
    codePoints.push(character.codePointAt(0));
  }
  if (codePoints.length === 0) {
    return void 0;
  }
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    const codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0) {
        return void 0;
      }
      for (let remaining = index; remaining < codePoints.length; remaining++) {
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      }
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2;
      index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0;
  let first = true;
  for (const character of visibleSegment) {
    if (first) {
      first = false;
      continue;
    }
    if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
      extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
    }
  }
  return extra;
}
function stringWidth2(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  if (/^[\u0020-\u007E]*$/.test(string)) {
    return string.length;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter2.segment(string)) {
    const visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0) {
      continue;
    }
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    const codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/y18n/build/lib/platform-shims/node.js
import { readFileSync as readFileSync2, statSync as statSync2, writeFile } from "fs";
import { format as format2 } from "util";
import { resolve as resolve3 } from "path";
var node_default = {
  fs: {
    readFileSync: readFileSync2,
    writeFile
  },
  format: format2,
  resolve: resolve3,
  exists: (file) => {
    try {
      return statSync2(file).isFile();
    } catch (err) {
      return false;
    }
  }
};

// node_modules/y18n/build/lib/index.js
var shim;
var Y18N = class {
  constructor(opts) {
    opts = opts || {};
    this.directory = opts.directory || "./locales";
    this.updateFiles = typeof opts.updateFiles === "boolean" ? opts.updateFiles : true;
    this.locale = opts.locale || "en";
    this.fallbackToLanguage = typeof opts.fallbackToLanguage === "boolean" ? opts.fallbackToLanguage : true;
    this.cache = /* @__PURE__ */ Object.create(null);
    this.writeQueue = [];
  }
  __(...args) {
    if (typeof arguments[0] !== "string") {
      return this._taggedLiteral(arguments[0], ...arguments);
    }
    const str = args.shift();
    let cb = function() {
    };
    if (typeof args[args.length - 1] === "function")
      cb = args.pop();
    cb = cb || function() {
    };
    if (!this.cache[this.locale])
      this._readLocaleFile();
    if (!this.cache[this.locale][str] && this.updateFiles) {
      this.cache[this.locale][str] = str;
      this._enqueueWrite({
        directory: this.directory,
        locale: this.locale,
        cb
      });
    } else {
      cb();
    }
    return shim.format.apply(shim.format, [this.cache[this.locale][str] || str].concat(args));
  }
  __n() {
    const args = Array.prototype.slice.call(arguments);
    const singular = args.shift();
    const plural = args.shift();
    const quantity = args.shift();
    let cb = function() {
    };
    if (typeof args[args.length - 1] === "function")
      cb = args.pop();
    if (!this.cache[this.locale])
      this._readLocaleFile();
    let str = quantity === 1 ? singular : plural;
    if (this.cache[this.locale][singular]) {
      const entry = this.cache[this.locale][singular];
      str = entry[quantity === 1 ? "one" : "other"];
    }
    if (!this.cache[this.locale][singular] && this.updateFiles) {
      this.cache[this.locale][singular] = {
        one: singular,
        other: plural
      };
      this._enqueueWrite({
        directory: this.directory,
        locale: this.locale,
        cb
      });
    } else {
      cb();
    }
    const values = [str];
    if (~str.indexOf("%d"))
      values.push(quantity);
    return shim.format.apply(shim.format, values.concat(args));
  }
  setLocale(locale) {
    this.locale = locale;
  }
  getLocale() {
    return this.locale;
  }
  updateLocale(obj) {
    if (!this.cache[this.locale])
      this._readLocaleFile();
    for (const key in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.cache[this.locale][key] = obj[key];
      }
    }
  }
  _taggedLiteral(parts, ...args) {
    let str = "";
    parts.forEach(function(part, i) {
      const arg = args[i + 1];
      str += part;
      if (typeof arg !== "undefined") {
        str += "%s";
      }
    });
    return this.__.apply(this, [str].concat([].slice.call(args, 1)));
  }
  _enqueueWrite(work) {
    this.writeQueue.push(work);
    if (this.writeQueue.length === 1)
      this._processWriteQueue();
  }
  _processWriteQueue() {
    const _this = this;
    const work = this.writeQueue[0];
    const directory = work.directory;
    const locale = work.locale;
    const cb = work.cb;
    const languageFile = this._resolveLocaleFile(directory, locale);
    const serializedLocale = JSON.stringify(this.cache[locale], null, 2);
    shim.fs.writeFile(languageFile, serializedLocale, "utf-8", function(err) {
      _this.writeQueue.shift();
      if (_this.writeQueue.length > 0)
        _this._processWriteQueue();
      cb(err);
    });
  }
  _readLocaleFile() {
    let localeLookup = {};
    const languageFile = this._resolveLocaleFile(this.directory, this.locale);
    try {
      if (shim.fs.readFileSync) {
        localeLookup = JSON.parse(shim.fs.readFileSync(languageFile, "utf-8"));
      }
    } catch (err) {
      if (err instanceof SyntaxError) {
        err.message = "syntax error in " + languageFile;
      }
      if (err.code === "ENOENT")
        localeLookup = {};
      else
        throw err;
    }
    this.cache[this.locale] = localeLookup;
  }
  _resolveLocaleFile(directory, locale) {
    let file = shim.resolve(directory, "./", locale + ".json");
    if (this.fallbackToLanguage && !this._fileExistsSync(file) && ~locale.lastIndexOf("_")) {
      const languageFile = shim.resolve(directory, "./", locale.split("_")[0] + ".json");
      if (this._fileExistsSync(languageFile))
        file = languageFile;
    }
    return file;
  }
  _fileExistsSync(file) {
    return shim.exists(file);
  }
};
function y18n(opts, _shim) {
  shim = _shim;
  const y18n3 = new Y18N(opts);
  return {
    __: y18n3.__.bind(y18n3),
    __n: y18n3.__n.bind(y18n3),
    setLocale: y18n3.setLocale.bind(y18n3),
    getLocale: y18n3.getLocale.bind(y18n3),
    updateLocale: y18n3.updateLocale.bind(y18n3),
    locale: y18n3.locale
  };
}

// node_modules/y18n/index.mjs
var y18n2 = (opts) => {
  return y18n(opts, node_default);
};
var y18n_default = y18n2;

// node_modules/yargs/lib/platform-shims/esm.mjs
var import_get_caller_file = __toESM(require_get_caller_file(), 1);
import { createRequire as createRequire2 } from "node:module";
import { readFileSync as readFileSync3, readdirSync as readdirSync2 } from "node:fs";
var __dirname = fileURLToPath(import.meta.url);
var mainFilename = __dirname.substring(0, __dirname.lastIndexOf("node_modules"));
var require3 = createRequire2(import.meta.url);
var esm_default = {
  assert: {
    notStrictEqual,
    strictEqual
  },
  cliui: ui,
  findUp: sync_default,
  getEnv: (key) => {
    return process.env[key];
  },
  inspect,
  getProcessArgvBin,
  mainFilename: mainFilename || process.cwd(),
  Parser: lib_default,
  path: {
    basename,
    dirname: dirname2,
    extname,
    relative,
    resolve: resolve4,
    join
  },
  process: {
    argv: () => process.argv,
    cwd: process.cwd,
    emitWarning: (warning, type) => process.emitWarning(warning, type),
    execPath: () => process.execPath,
    exit: (code) => {
      process.exit(code);
    },
    nextTick: process.nextTick,
    stdColumns: typeof process.stdout.columns !== "undefined" ? process.stdout.columns : null
  },
  readFileSync: readFileSync3,
  readdirSync: readdirSync2,
  require: require3,
  getCallerFile: () => {
    const callerFile = (0, import_get_caller_file.default)(3);
    return callerFile.match(/^file:\/\//) ? fileURLToPath(callerFile) : callerFile;
  },
  stringWidth: stringWidth2,
  y18n: y18n_default({
    directory: resolve4(__dirname, "../../../locales"),
    updateFiles: false
  })
};

// node_modules/yargs/build/lib/typings/common-types.js
function assertNotStrictEqual(actual, expected, shim3, message) {
  shim3.assert.notStrictEqual(actual, expected, message);
}
function assertSingleKey(actual, shim3) {
  shim3.assert.strictEqual(typeof actual, "string");
}
function objectKeys(object) {
  return Object.keys(object);
}

// node_modules/yargs/build/lib/utils/is-promise.js
function isPromise(maybePromise) {
  return !!maybePromise && !!maybePromise.then && typeof maybePromise.then === "function";
}

// node_modules/yargs/build/lib/yerror.js
var YError = class _YError extends Error {
  constructor(msg) {
    super(msg || "yargs error");
    this.name = "YError";
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, _YError);
    }
  }
};

// node_modules/yargs/build/lib/parse-command.js
function parseCommand(cmd) {
  const extraSpacesStrippedCommand = cmd.replace(/\s{2,}/g, " ");
  const splitCommand = extraSpacesStrippedCommand.split(/\s+(?![^[]*]|[^<]*>)/);
  const bregex = /\.*[\][<>]/g;
  const firstCommand = splitCommand.shift();
  if (!firstCommand)
    throw new Error(`No command found in: ${cmd}`);
  const parsedCommand = {
    cmd: firstCommand.replace(bregex, ""),
    demanded: [],
    optional: []
  };
  splitCommand.forEach((cmd2, i) => {
    let variadic = false;
    cmd2 = cmd2.replace(/\s/g, "");
    if (/\.+[\]>]/.test(cmd2) && i === splitCommand.length - 1)
      variadic = true;
    if (/^\[/.test(cmd2)) {
      parsedCommand.optional.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    } else {
      parsedCommand.demanded.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    }
  });
  return parsedCommand;
}

// node_modules/yargs/build/lib/argsert.js
var positionName = ["first", "second", "third", "fourth", "fifth", "sixth"];
function argsert(arg1, arg2, arg3) {
  function parseArgs() {
    return typeof arg1 === "object" ? [{ demanded: [], optional: [] }, arg1, arg2] : [
      parseCommand(`cmd ${arg1}`),
      arg2,
      arg3
    ];
  }
  try {
    let position = 0;
    const [parsed, callerArguments, _length] = parseArgs();
    const args = [].slice.call(callerArguments);
    while (args.length && args[args.length - 1] === void 0)
      args.pop();
    const length = _length || args.length;
    if (length < parsed.demanded.length) {
      throw new YError(`Not enough arguments provided. Expected ${parsed.demanded.length} but received ${args.length}.`);
    }
    const totalCommands = parsed.demanded.length + parsed.optional.length;
    if (length > totalCommands) {
      throw new YError(`Too many arguments provided. Expected max ${totalCommands} but received ${length}.`);
    }
    parsed.demanded.forEach((demanded) => {
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = demanded.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, demanded.cmd, position);
      position += 1;
    });
    parsed.optional.forEach((optional) => {
      if (args.length === 0)
        return;
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = optional.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, optional.cmd, position);
      position += 1;
    });
  } catch (err) {
    console.warn(err.stack);
  }
}
function guessType(arg) {
  if (Array.isArray(arg)) {
    return "array";
  } else if (arg === null) {
    return "null";
  }
  return typeof arg;
}
function argumentTypeError(observedType, allowedTypes, position) {
  throw new YError(`Invalid ${positionName[position] || "manyith"} argument. Expected ${allowedTypes.join(" or ")} but received ${observedType}.`);
}

// node_modules/yargs/build/lib/middleware.js
var GlobalMiddleware = class {
  constructor(yargs) {
    this.globalMiddleware = [];
    this.frozens = [];
    this.yargs = yargs;
  }
  addMiddleware(callback, applyBeforeValidation, global = true, mutates = false) {
    argsert("<array|function> [boolean] [boolean] [boolean]", [callback, applyBeforeValidation, global], arguments.length);
    if (Array.isArray(callback)) {
      for (let i = 0; i < callback.length; i++) {
        if (typeof callback[i] !== "function") {
          throw Error("middleware must be a function");
        }
        const m = callback[i];
        m.applyBeforeValidation = applyBeforeValidation;
        m.global = global;
      }
      Array.prototype.push.apply(this.globalMiddleware, callback);
    } else if (typeof callback === "function") {
      const m = callback;
      m.applyBeforeValidation = applyBeforeValidation;
      m.global = global;
      m.mutates = mutates;
      this.globalMiddleware.push(callback);
    }
    return this.yargs;
  }
  addCoerceMiddleware(callback, option) {
    const aliases = this.yargs.getAliases();
    this.globalMiddleware = this.globalMiddleware.filter((m) => {
      const toCheck = [...aliases[option] || [], option];
      if (!m.option)
        return true;
      else
        return !toCheck.includes(m.option);
    });
    callback.option = option;
    return this.addMiddleware(callback, true, true, true);
  }
  getMiddleware() {
    return this.globalMiddleware;
  }
  freeze() {
    this.frozens.push([...this.globalMiddleware]);
  }
  unfreeze() {
    const frozen = this.frozens.pop();
    if (frozen !== void 0)
      this.globalMiddleware = frozen;
  }
  reset() {
    this.globalMiddleware = this.globalMiddleware.filter((m) => m.global);
  }
};
function commandMiddlewareFactory(commandMiddleware) {
  if (!commandMiddleware)
    return [];
  return commandMiddleware.map((middleware) => {
    middleware.applyBeforeValidation = false;
    return middleware;
  });
}
function applyMiddleware(argv2, yargs, middlewares, beforeValidation) {
  return middlewares.reduce((acc, middleware) => {
    if (middleware.applyBeforeValidation !== beforeValidation) {
      return acc;
    }
    if (middleware.mutates) {
      if (middleware.applied)
        return acc;
      middleware.applied = true;
    }
    if (isPromise(acc)) {
      return acc.then((initialObj) => Promise.all([initialObj, middleware(initialObj, yargs)])).then(([initialObj, middlewareObj]) => Object.assign(initialObj, middlewareObj));
    } else {
      const result = middleware(acc, yargs);
      return isPromise(result) ? result.then((middlewareObj) => Object.assign(acc, middlewareObj)) : Object.assign(acc, result);
    }
  }, argv2);
}

// node_modules/yargs/build/lib/utils/maybe-async-result.js
function maybeAsyncResult(getResult, resultHandler, errorHandler = (err) => {
  throw err;
}) {
  try {
    const result = isFunction(getResult) ? getResult() : getResult;
    return isPromise(result) ? result.then((result2) => resultHandler(result2)) : resultHandler(result);
  } catch (err) {
    return errorHandler(err);
  }
}
function isFunction(arg) {
  return typeof arg === "function";
}

// node_modules/yargs/build/lib/command.js
var DEFAULT_MARKER = /(^\*)|(^\$0)/;
var CommandInstance = class {
  constructor(usage2, validation2, globalMiddleware, shim3) {
    this.requireCache = /* @__PURE__ */ new Set();
    this.handlers = {};
    this.aliasMap = {};
    this.frozens = [];
    this.shim = shim3;
    this.usage = usage2;
    this.globalMiddleware = globalMiddleware;
    this.validation = validation2;
  }
  addDirectory(dir, req, callerFile, opts) {
    opts = opts || {};
    this.requireCache.add(callerFile);
    const fullDirPath = this.shim.path.resolve(this.shim.path.dirname(callerFile), dir);
    const files = this.shim.readdirSync(fullDirPath, {
      recursive: opts.recurse ? true : false
    });
    if (!Array.isArray(opts.extensions))
      opts.extensions = ["js"];
    const visit = typeof opts.visit === "function" ? opts.visit : (o) => o;
    for (const fileb of files) {
      const file = fileb.toString();
      if (opts.exclude) {
        let exclude = false;
        if (typeof opts.exclude === "function") {
          exclude = opts.exclude(file);
        } else {
          exclude = opts.exclude.test(file);
        }
        if (exclude)
          continue;
      }
      if (opts.include) {
        let include = false;
        if (typeof opts.include === "function") {
          include = opts.include(file);
        } else {
          include = opts.include.test(file);
        }
        if (!include)
          continue;
      }
      let supportedExtension = false;
      for (const ext of opts.extensions) {
        if (file.endsWith(ext))
          supportedExtension = true;
      }
      if (supportedExtension) {
        const joined = this.shim.path.join(fullDirPath, file);
        const module = req(joined);
        const extendableModule = Object.create(null, Object.getOwnPropertyDescriptors({ ...module }));
        const visited = visit(extendableModule, joined, file);
        if (visited) {
          if (this.requireCache.has(joined))
            continue;
          else
            this.requireCache.add(joined);
          if (!extendableModule.command) {
            extendableModule.command = this.shim.path.basename(joined, this.shim.path.extname(joined));
          }
          this.addHandler(extendableModule);
        }
      }
    }
  }
  addHandler(cmd, description, builder, handler, commandMiddleware, deprecated) {
    let aliases = [];
    const middlewares = commandMiddlewareFactory(commandMiddleware);
    handler = handler || (() => {
    });
    if (Array.isArray(cmd)) {
      if (isCommandAndAliases(cmd)) {
        [cmd, ...aliases] = cmd;
      } else {
        for (const command2 of cmd) {
          this.addHandler(command2);
        }
      }
    } else if (isCommandHandlerDefinition(cmd)) {
      let command2 = Array.isArray(cmd.command) || typeof cmd.command === "string" ? cmd.command : null;
      if (command2 === null) {
        throw new Error(`No command name given for module: ${this.shim.inspect(cmd)}`);
      }
      if (cmd.aliases)
        command2 = [].concat(command2).concat(cmd.aliases);
      this.addHandler(command2, this.extractDesc(cmd), cmd.builder, cmd.handler, cmd.middlewares, cmd.deprecated);
      return;
    } else if (isCommandBuilderDefinition(builder)) {
      this.addHandler([cmd].concat(aliases), description, builder.builder, builder.handler, builder.middlewares, builder.deprecated);
      return;
    }
    if (typeof cmd === "string") {
      const parsedCommand = parseCommand(cmd);
      aliases = aliases.map((alias) => parseCommand(alias).cmd);
      let isDefault = false;
      const parsedAliases = [parsedCommand.cmd].concat(aliases).filter((c) => {
        if (DEFAULT_MARKER.test(c)) {
          isDefault = true;
          return false;
        }
        return true;
      });
      if (parsedAliases.length === 0 && isDefault)
        parsedAliases.push("$0");
      if (isDefault) {
        parsedCommand.cmd = parsedAliases[0];
        aliases = parsedAliases.slice(1);
        cmd = cmd.replace(DEFAULT_MARKER, parsedCommand.cmd);
      }
      aliases.forEach((alias) => {
        this.aliasMap[alias] = parsedCommand.cmd;
      });
      if (description !== false) {
        this.usage.command(cmd, description, isDefault, aliases, deprecated);
      }
      this.handlers[parsedCommand.cmd] = {
        original: cmd,
        description,
        handler,
        builder: builder || {},
        middlewares,
        deprecated,
        demanded: parsedCommand.demanded,
        optional: parsedCommand.optional
      };
      if (isDefault)
        this.defaultCommand = this.handlers[parsedCommand.cmd];
    }
  }
  getCommandHandlers() {
    return this.handlers;
  }
  getCommands() {
    return Object.keys(this.handlers).concat(Object.keys(this.aliasMap));
  }
  hasDefaultCommand() {
    return !!this.defaultCommand;
  }
  runCommand(command2, yargs, parsed, commandIndex, helpOnly, helpOrVersionSet) {
    const commandHandler = this.handlers[command2] || this.handlers[this.aliasMap[command2]] || this.defaultCommand;
    const currentContext = yargs.getInternalMethods().getContext();
    const parentCommands = currentContext.commands.slice();
    const isDefaultCommand = !command2;
    if (command2) {
      currentContext.commands.push(command2);
      currentContext.fullCommands.push(commandHandler.original);
    }
    const builderResult = this.applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, parsed.aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet);
    return isPromise(builderResult) ? builderResult.then((result) => this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, result.innerArgv, currentContext, helpOnly, result.aliases, yargs)) : this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, builderResult.innerArgv, currentContext, helpOnly, builderResult.aliases, yargs);
  }
  applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet) {
    const builder = commandHandler.builder;
    let innerYargs = yargs;
    if (isCommandBuilderCallback(builder)) {
      yargs.getInternalMethods().getUsageInstance().freeze();
      const builderOutput = builder(yargs.getInternalMethods().reset(aliases), helpOrVersionSet);
      if (isPromise(builderOutput)) {
        return builderOutput.then((output) => {
          innerYargs = isYargsInstance(output) ? output : yargs;
          return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
        });
      }
    } else if (isCommandBuilderOptionDefinitions(builder)) {
      yargs.getInternalMethods().getUsageInstance().freeze();
      innerYargs = yargs.getInternalMethods().reset(aliases);
      Object.keys(commandHandler.builder).forEach((key) => {
        innerYargs.option(key, builder[key]);
      });
    }
    return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
  }
  parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly) {
    if (isDefaultCommand)
      innerYargs.getInternalMethods().getUsageInstance().unfreeze(true);
    if (this.shouldUpdateUsage(innerYargs)) {
      innerYargs.getInternalMethods().getUsageInstance().usage(this.usageFromParentCommandsCommandHandler(parentCommands, commandHandler), commandHandler.description);
    }
    const innerArgv = innerYargs.getInternalMethods().runYargsParserAndExecuteCommands(null, void 0, true, commandIndex, helpOnly);
    return isPromise(innerArgv) ? innerArgv.then((argv2) => ({
      aliases: innerYargs.parsed.aliases,
      innerArgv: argv2
    })) : {
      aliases: innerYargs.parsed.aliases,
      innerArgv
    };
  }
  shouldUpdateUsage(yargs) {
    return !yargs.getInternalMethods().getUsageInstance().getUsageDisabled() && yargs.getInternalMethods().getUsageInstance().getUsage().length === 0;
  }
  usageFromParentCommandsCommandHandler(parentCommands, commandHandler) {
    const c = DEFAULT_MARKER.test(commandHandler.original) ? commandHandler.original.replace(DEFAULT_MARKER, "").trim() : commandHandler.original;
    const pc = parentCommands.filter((c2) => {
      return !DEFAULT_MARKER.test(c2);
    });
    pc.push(c);
    return `$0 ${pc.join(" ")}`;
  }
  handleValidationAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, aliases, yargs, middlewares, positionalMap) {
    if (!yargs.getInternalMethods().getHasOutput()) {
      const validation2 = yargs.getInternalMethods().runValidation(aliases, positionalMap, yargs.parsed.error, isDefaultCommand);
      innerArgv = maybeAsyncResult(innerArgv, (result) => {
        validation2(result);
        return result;
      });
    }
    if (commandHandler.handler && !yargs.getInternalMethods().getHasOutput()) {
      yargs.getInternalMethods().setHasOutput();
      const populateDoubleDash = !!yargs.getOptions().configuration["populate--"];
      yargs.getInternalMethods().postProcess(innerArgv, populateDoubleDash, false, false);
      innerArgv = applyMiddleware(innerArgv, yargs, middlewares, false);
      innerArgv = maybeAsyncResult(innerArgv, (result) => {
        const handlerResult = commandHandler.handler(result);
        return isPromise(handlerResult) ? handlerResult.then(() => result) : result;
      });
      if (!isDefaultCommand) {
        yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();
      }
      if (isPromise(innerArgv) && !yargs.getInternalMethods().hasParseCallback()) {
        innerArgv.catch((error) => {
          try {
            yargs.getInternalMethods().getUsageInstance().fail(null, error);
          } catch (_err) {
          }
        });
      }
    }
    if (!isDefaultCommand) {
      currentContext.commands.pop();
      currentContext.fullCommands.pop();
    }
    return innerArgv;
  }
  applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, helpOnly, aliases, yargs) {
    let positionalMap = {};
    if (helpOnly)
      return innerArgv;
    if (!yargs.getInternalMethods().getHasOutput()) {
      positionalMap = this.populatePositionals(commandHandler, innerArgv, currentContext, yargs);
    }
    const middlewares = this.globalMiddleware.getMiddleware().slice(0).concat(commandHandler.middlewares);
    const maybePromiseArgv = applyMiddleware(innerArgv, yargs, middlewares, true);
    return isPromise(maybePromiseArgv) ? maybePromiseArgv.then((resolvedInnerArgv) => this.handleValidationAndGetResult(isDefaultCommand, commandHandler, resolvedInnerArgv, currentContext, aliases, yargs, middlewares, positionalMap)) : this.handleValidationAndGetResult(isDefaultCommand, commandHandler, maybePromiseArgv, currentContext, aliases, yargs, middlewares, positionalMap);
  }
  populatePositionals(commandHandler, argv2, context, yargs) {
    argv2._ = argv2._.slice(context.commands.length);
    const demanded = commandHandler.demanded.slice(0);
    const optional = commandHandler.optional.slice(0);
    const positionalMap = {};
    this.validation.positionalCount(demanded.length, argv2._.length);
    while (demanded.length) {
      const demand = demanded.shift();
      this.populatePositional(demand, argv2, positionalMap);
    }
    while (optional.length) {
      const maybe = optional.shift();
      this.populatePositional(maybe, argv2, positionalMap);
    }
    argv2._ = context.commands.concat(argv2._.map((a) => "" + a));
    this.postProcessPositionals(argv2, positionalMap, this.cmdToParseOptions(commandHandler.original), yargs);
    return positionalMap;
  }
  populatePositional(positional, argv2, positionalMap) {
    const cmd = positional.cmd[0];
    if (positional.variadic) {
      positionalMap[cmd] = argv2._.splice(0).map(String);
    } else {
      if (argv2._.length)
        positionalMap[cmd] = [String(argv2._.shift())];
    }
  }
  cmdToParseOptions(cmdString) {
    const parseOptions = {
      array: [],
      default: {},
      alias: {},
      demand: {}
    };
    const parsed = parseCommand(cmdString);
    parsed.demanded.forEach((d) => {
      const [cmd, ...aliases] = d.cmd;
      if (d.variadic) {
        parseOptions.array.push(cmd);
        parseOptions.default[cmd] = [];
      }
      parseOptions.alias[cmd] = aliases;
      parseOptions.demand[cmd] = true;
    });
    parsed.optional.forEach((o) => {
      const [cmd, ...aliases] = o.cmd;
      if (o.variadic) {
        parseOptions.array.push(cmd);
        parseOptions.default[cmd] = [];
      }
      parseOptions.alias[cmd] = aliases;
    });
    return parseOptions;
  }
  postProcessPositionals(argv2, positionalMap, parseOptions, yargs) {
    const options = Object.assign({}, yargs.getOptions());
    options.default = Object.assign(parseOptions.default, options.default);
    for (const key of Object.keys(parseOptions.alias)) {
      options.alias[key] = (options.alias[key] || []).concat(parseOptions.alias[key]);
    }
    options.array = options.array.concat(parseOptions.array);
    options.config = {};
    const unparsed = [];
    Object.keys(positionalMap).forEach((key) => {
      positionalMap[key].map((value) => {
        if (options.configuration["unknown-options-as-args"])
          options.key[key] = true;
        unparsed.push(`--${key}`);
        unparsed.push(value);
      });
    });
    if (!unparsed.length)
      return;
    const config = Object.assign({}, options.configuration, {
      "populate--": false
    });
    const parsed = this.shim.Parser.detailed(unparsed, Object.assign({}, options, {
      configuration: config
    }));
    if (parsed.error) {
      yargs.getInternalMethods().getUsageInstance().fail(parsed.error.message, parsed.error);
    } else {
      const positionalKeys = Object.keys(positionalMap);
      Object.keys(positionalMap).forEach((key) => {
        positionalKeys.push(...parsed.aliases[key]);
      });
      Object.keys(parsed.argv).forEach((key) => {
        if (positionalKeys.includes(key)) {
          if (!positionalMap[key])
            positionalMap[key] = parsed.argv[key];
          if (!this.isInConfigs(yargs, key) && !this.isDefaulted(yargs, key) && Object.prototype.hasOwnProperty.call(argv2, key) && Object.prototype.hasOwnProperty.call(parsed.argv, key) && (Array.isArray(argv2[key]) || Array.isArray(parsed.argv[key]))) {
            argv2[key] = [].concat(argv2[key], parsed.argv[key]);
          } else {
            argv2[key] = parsed.argv[key];
          }
        }
      });
    }
  }
  isDefaulted(yargs, key) {
    const { default: defaults } = yargs.getOptions();
    return Object.prototype.hasOwnProperty.call(defaults, key) || Object.prototype.hasOwnProperty.call(defaults, this.shim.Parser.camelCase(key));
  }
  isInConfigs(yargs, key) {
    const { configObjects } = yargs.getOptions();
    return configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, key)) || configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, this.shim.Parser.camelCase(key)));
  }
  runDefaultBuilderOn(yargs) {
    if (!this.defaultCommand)
      return;
    if (this.shouldUpdateUsage(yargs)) {
      const commandString = DEFAULT_MARKER.test(this.defaultCommand.original) ? this.defaultCommand.original : this.defaultCommand.original.replace(/^[^[\]<>]*/, "$0 ");
      yargs.getInternalMethods().getUsageInstance().usage(commandString, this.defaultCommand.description);
    }
    const builder = this.defaultCommand.builder;
    if (isCommandBuilderCallback(builder)) {
      return builder(yargs, true);
    } else if (!isCommandBuilderDefinition(builder)) {
      Object.keys(builder).forEach((key) => {
        yargs.option(key, builder[key]);
      });
    }
    return void 0;
  }
  extractDesc({ describe, description, desc }) {
    for (const test of [describe, description, desc]) {
      if (typeof test === "string" || test === false)
        return test;
      assertNotStrictEqual(test, true, this.shim);
    }
    return false;
  }
  freeze() {
    this.frozens.push({
      handlers: this.handlers,
      aliasMap: this.aliasMap,
      defaultCommand: this.defaultCommand
    });
  }
  unfreeze() {
    const frozen = this.frozens.pop();
    assertNotStrictEqual(frozen, void 0, this.shim);
    ({
      handlers: this.handlers,
      aliasMap: this.aliasMap,
      defaultCommand: this.defaultCommand
    } = frozen);
  }
  reset() {
    this.handlers = {};
    this.aliasMap = {};
    this.defaultCommand = void 0;
    this.requireCache = /* @__PURE__ */ new Set();
    return this;
  }
};
function command(usage2, validation2, globalMiddleware, shim3) {
  return new CommandInstance(usage2, validation2, globalMiddleware, shim3);
}
function isCommandBuilderDefinition(builder) {
  return typeof builder === "object" && !!builder.builder && typeof builder.handler === "function";
}
function isCommandAndAliases(cmd) {
  return cmd.every((c) => typeof c === "string");
}
function isCommandBuilderCallback(builder) {
  return typeof builder === "function";
}
function isCommandBuilderOptionDefinitions(builder) {
  return typeof builder === "object";
}
function isCommandHandlerDefinition(cmd) {
  return typeof cmd === "object" && !Array.isArray(cmd);
}

// node_modules/yargs/build/lib/utils/obj-filter.js
function objFilter(original = {}, filter = () => true) {
  const obj = {};
  objectKeys(original).forEach((key) => {
    if (filter(key, original[key])) {
      obj[key] = original[key];
    }
  });
  return obj;
}

// node_modules/yargs/build/lib/utils/set-blocking.js
function setBlocking(blocking) {
  if (typeof process === "undefined")
    return;
  [process.stdout, process.stderr].forEach((_stream) => {
    const stream = _stream;
    if (stream._handle && stream.isTTY && typeof stream._handle.setBlocking === "function") {
      stream._handle.setBlocking(blocking);
    }
  });
}

// node_modules/yargs/build/lib/usage.js
function isBoolean(fail) {
  return typeof fail === "boolean";
}
function usage(yargs, shim3) {
  const __ = shim3.y18n.__;
  const self2 = {};
  const fails = [];
  self2.failFn = function failFn(f) {
    fails.push(f);
  };
  let failMessage = null;
  let globalFailMessage = null;
  let showHelpOnFail = true;
  self2.showHelpOnFail = function showHelpOnFailFn(arg1 = true, arg2) {
    const [enabled, message] = typeof arg1 === "string" ? [true, arg1] : [arg1, arg2];
    if (yargs.getInternalMethods().isGlobalContext()) {
      globalFailMessage = message;
    }
    failMessage = message;
    showHelpOnFail = enabled;
    return self2;
  };
  let failureOutput = false;
  self2.fail = function fail(msg, err) {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (fails.length) {
      for (let i = fails.length - 1; i >= 0; --i) {
        const fail2 = fails[i];
        if (isBoolean(fail2)) {
          if (err)
            throw err;
          else if (msg)
            throw Error(msg);
        } else {
          fail2(msg, err, self2);
        }
      }
    } else {
      if (yargs.getExitProcess())
        setBlocking(true);
      if (!failureOutput) {
        failureOutput = true;
        if (showHelpOnFail) {
          yargs.showHelp("error");
          logger.error();
        }
        if (msg || err)
          logger.error(msg || err);
        const globalOrCommandFailMessage = failMessage || globalFailMessage;
        if (globalOrCommandFailMessage) {
          if (msg || err)
            logger.error("");
          logger.error(globalOrCommandFailMessage);
        }
      }
      err = err || new YError(msg);
      if (yargs.getExitProcess()) {
        return yargs.exit(1);
      } else if (yargs.getInternalMethods().hasParseCallback()) {
        return yargs.exit(1, err);
      } else {
        throw err;
      }
    }
  };
  let usages = [];
  let usageDisabled = false;
  self2.usage = (msg, description) => {
    if (msg === null) {
      usageDisabled = true;
      usages = [];
      return self2;
    }
    usageDisabled = false;
    usages.push([msg, description || ""]);
    return self2;
  };
  self2.getUsage = () => {
    return usages;
  };
  self2.getUsageDisabled = () => {
    return usageDisabled;
  };
  self2.getPositionalGroupName = () => {
    return __("Positionals:");
  };
  let examples = [];
  self2.example = (cmd, description) => {
    examples.push([cmd, description || ""]);
  };
  let commands = [];
  self2.command = function command2(cmd, description, isDefault, aliases, deprecated = false) {
    if (isDefault) {
      commands = commands.map((cmdArray) => {
        cmdArray[2] = false;
        return cmdArray;
      });
    }
    commands.push([cmd, description || "", isDefault, aliases, deprecated]);
  };
  self2.getCommands = () => commands;
  let descriptions = {};
  self2.describe = function describe(keyOrKeys, desc) {
    if (Array.isArray(keyOrKeys)) {
      keyOrKeys.forEach((k) => {
        self2.describe(k, desc);
      });
    } else if (typeof keyOrKeys === "object") {
      Object.keys(keyOrKeys).forEach((k) => {
        self2.describe(k, keyOrKeys[k]);
      });
    } else {
      descriptions[keyOrKeys] = desc;
    }
  };
  self2.getDescriptions = () => descriptions;
  let epilogs = [];
  self2.epilog = (msg) => {
    epilogs.push(msg);
  };
  let wrapSet = false;
  let wrap;
  self2.wrap = (cols) => {
    wrapSet = true;
    wrap = cols;
  };
  self2.getWrap = () => {
    if (shim3.getEnv("YARGS_DISABLE_WRAP")) {
      return null;
    }
    if (!wrapSet) {
      wrap = windowWidth();
      wrapSet = true;
    }
    return wrap;
  };
  const deferY18nLookupPrefix = "__yargsString__:";
  self2.deferY18nLookup = (str) => deferY18nLookupPrefix + str;
  self2.help = function help() {
    if (cachedHelpMessage)
      return cachedHelpMessage;
    normalizeAliases();
    const base$0 = yargs.customScriptName ? yargs.$0 : shim3.path.basename(yargs.$0);
    const demandedOptions = yargs.getDemandedOptions();
    const demandedCommands = yargs.getDemandedCommands();
    const deprecatedOptions = yargs.getDeprecatedOptions();
    const groups = yargs.getGroups();
    const options = yargs.getOptions();
    let keys = [];
    keys = keys.concat(Object.keys(descriptions));
    keys = keys.concat(Object.keys(demandedOptions));
    keys = keys.concat(Object.keys(demandedCommands));
    keys = keys.concat(Object.keys(options.default));
    keys = keys.filter(filterHiddenOptions);
    keys = Object.keys(keys.reduce((acc, key) => {
      if (key !== "_")
        acc[key] = true;
      return acc;
    }, {}));
    const theWrap = self2.getWrap();
    const ui2 = shim3.cliui({
      width: theWrap,
      wrap: !!theWrap
    });
    if (!usageDisabled) {
      if (usages.length) {
        usages.forEach((usage2) => {
          ui2.div({ text: `${usage2[0].replace(/\$0/g, base$0)}` });
          if (usage2[1]) {
            ui2.div({ text: `${usage2[1]}`, padding: [1, 0, 0, 0] });
          }
        });
        ui2.div();
      } else if (commands.length) {
        let u = null;
        if (demandedCommands._) {
          u = `${base$0} <${__("command")}>
`;
        } else {
          u = `${base$0} [${__("command")}]
`;
        }
        ui2.div(`${u}`);
      }
    }
    if (commands.length > 1 || commands.length === 1 && !commands[0][2]) {
      ui2.div(__("Commands:"));
      const context = yargs.getInternalMethods().getContext();
      const parentCommands = context.commands.length ? `${context.commands.join(" ")} ` : "";
      if (yargs.getInternalMethods().getParserConfiguration()["sort-commands"] === true) {
        commands = commands.sort((a, b) => a[0].localeCompare(b[0]));
      }
      const prefix = base$0 ? `${base$0} ` : "";
      commands.forEach((command2) => {
        const commandString = `${prefix}${parentCommands}${command2[0].replace(/^\$0 ?/, "")}`;
        ui2.span({
          text: commandString,
          padding: [0, 2, 0, 2],
          width: maxWidth(commands, theWrap, `${base$0}${parentCommands}`) + 4
        }, { text: command2[1] });
        const hints = [];
        if (command2[2])
          hints.push(`[${__("default")}]`);
        if (command2[3] && command2[3].length) {
          hints.push(`[${__("aliases:")} ${command2[3].join(", ")}]`);
        }
        if (command2[4]) {
          if (typeof command2[4] === "string") {
            hints.push(`[${__("deprecated: %s", command2[4])}]`);
          } else {
            hints.push(`[${__("deprecated")}]`);
          }
        }
        if (hints.length) {
          ui2.div({
            text: hints.join(" "),
            padding: [0, 0, 0, 2],
            align: "right"
          });
        } else {
          ui2.div();
        }
      });
      ui2.div();
    }
    const aliasKeys = (Object.keys(options.alias) || []).concat(Object.keys(yargs.parsed.newAliases) || []);
    keys = keys.filter((key) => !yargs.parsed.newAliases[key] && aliasKeys.every((alias) => (options.alias[alias] || []).indexOf(key) === -1));
    const defaultGroup = __("Options:");
    if (!groups[defaultGroup])
      groups[defaultGroup] = [];
    addUngroupedKeys(keys, options.alias, groups, defaultGroup);
    const isLongSwitch = (sw) => /^--/.test(getText(sw));
    const displayedGroups = Object.keys(groups).filter((groupName) => groups[groupName].length > 0).map((groupName) => {
      const normalizedKeys = groups[groupName].filter(filterHiddenOptions).map((key) => {
        if (aliasKeys.includes(key))
          return key;
        for (let i = 0, aliasKey; (aliasKey = aliasKeys[i]) !== void 0; i++) {
          if ((options.alias[aliasKey] || []).includes(key))
            return aliasKey;
        }
        return key;
      });
      return { groupName, normalizedKeys };
    }).filter(({ normalizedKeys }) => normalizedKeys.length > 0).map(({ groupName, normalizedKeys }) => {
      const switches = normalizedKeys.reduce((acc, key) => {
        acc[key] = [key].concat(options.alias[key] || []).map((sw) => {
          if (groupName === self2.getPositionalGroupName())
            return sw;
          else {
            return (/^[0-9]$/.test(sw) ? options.boolean.includes(key) ? "-" : "--" : sw.length > 1 ? "--" : "-") + sw;
          }
        }).sort((sw1, sw2) => isLongSwitch(sw1) === isLongSwitch(sw2) ? 0 : isLongSwitch(sw1) ? 1 : -1).join(", ");
        return acc;
      }, {});
      return { groupName, normalizedKeys, switches };
    });
    const shortSwitchesUsed = displayedGroups.filter(({ groupName }) => groupName !== self2.getPositionalGroupName()).some(({ normalizedKeys, switches }) => !normalizedKeys.every((key) => isLongSwitch(switches[key])));
    if (shortSwitchesUsed) {
      displayedGroups.filter(({ groupName }) => groupName !== self2.getPositionalGroupName()).forEach(({ normalizedKeys, switches }) => {
        normalizedKeys.forEach((key) => {
          if (isLongSwitch(switches[key])) {
            switches[key] = addIndentation(switches[key], "-x, ".length);
          }
        });
      });
    }
    displayedGroups.forEach(({ groupName, normalizedKeys, switches }) => {
      ui2.div(groupName);
      normalizedKeys.forEach((key) => {
        const kswitch = switches[key];
        let desc = descriptions[key] || "";
        let type = null;
        if (desc.includes(deferY18nLookupPrefix))
          desc = __(desc.substring(deferY18nLookupPrefix.length));
        if (options.boolean.includes(key))
          type = `[${__("boolean")}]`;
        if (options.count.includes(key))
          type = `[${__("count")}]`;
        if (options.string.includes(key))
          type = `[${__("string")}]`;
        if (options.normalize.includes(key))
          type = `[${__("string")}]`;
        if (options.array.includes(key))
          type = `[${__("array")}]`;
        if (options.number.includes(key))
          type = `[${__("number")}]`;
        const deprecatedExtra = (deprecated) => typeof deprecated === "string" ? `[${__("deprecated: %s", deprecated)}]` : `[${__("deprecated")}]`;
        const extra = [
          key in deprecatedOptions ? deprecatedExtra(deprecatedOptions[key]) : null,
          type,
          key in demandedOptions ? `[${__("required")}]` : null,
          options.choices && options.choices[key] ? `[${__("choices:")} ${self2.stringifiedValues(options.choices[key])}]` : null,
          defaultString(options.default[key], options.defaultDescription[key])
        ].filter(Boolean).join(" ");
        ui2.span({
          text: getText(kswitch),
          padding: [0, 2, 0, 2 + getIndentation(kswitch)],
          width: maxWidth(switches, theWrap) + 4
        }, desc);
        const shouldHideOptionExtras = yargs.getInternalMethods().getUsageConfiguration()["hide-types"] === true;
        if (extra && !shouldHideOptionExtras)
          ui2.div({ text: extra, padding: [0, 0, 0, 2], align: "right" });
        else
          ui2.div();
      });
      ui2.div();
    });
    if (examples.length) {
      ui2.div(__("Examples:"));
      examples.forEach((example) => {
        example[0] = example[0].replace(/\$0/g, base$0);
      });
      examples.forEach((example) => {
        if (example[1] === "") {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2]
          });
        } else {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2],
            width: maxWidth(examples, theWrap) + 4
          }, {
            text: example[1]
          });
        }
      });
      ui2.div();
    }
    if (epilogs.length > 0) {
      const e = epilogs.map((epilog) => epilog.replace(/\$0/g, base$0)).join("\n");
      ui2.div(`${e}
`);
    }
    return ui2.toString().replace(/\s*$/, "");
  };
  function maxWidth(table, theWrap, modifier) {
    let width = 0;
    if (!Array.isArray(table)) {
      table = Object.values(table).map((v) => [v]);
    }
    table.forEach((v) => {
      width = Math.max(shim3.stringWidth(modifier ? `${modifier} ${getText(v[0])}` : getText(v[0])) + getIndentation(v[0]), width);
    });
    if (theWrap)
      width = Math.min(width, parseInt((theWrap * 0.5).toString(), 10));
    return width;
  }
  function normalizeAliases() {
    const demandedOptions = yargs.getDemandedOptions();
    const options = yargs.getOptions();
    (Object.keys(options.alias) || []).forEach((key) => {
      options.alias[key].forEach((alias) => {
        if (descriptions[alias])
          self2.describe(key, descriptions[alias]);
        if (alias in demandedOptions)
          yargs.demandOption(key, demandedOptions[alias]);
        if (options.boolean.includes(alias))
          yargs.boolean(key);
        if (options.count.includes(alias))
          yargs.count(key);
        if (options.string.includes(alias))
          yargs.string(key);
        if (options.normalize.includes(alias))
          yargs.normalize(key);
        if (options.array.includes(alias))
          yargs.array(key);
        if (options.number.includes(alias))
          yargs.number(key);
      });
    });
  }
  let cachedHelpMessage;
  self2.cacheHelpMessage = function() {
    cachedHelpMessage = this.help();
  };
  self2.clearCachedHelpMessage = function() {
    cachedHelpMessage = void 0;
  };
  self2.hasCachedHelpMessage = function() {
    return !!cachedHelpMessage;
  };
  function addUngroupedKeys(keys, aliases, groups, defaultGroup) {
    let groupedKeys = [];
    let toCheck = null;
    Object.keys(groups).forEach((group) => {
      groupedKeys = groupedKeys.concat(groups[group]);
    });
    keys.forEach((key) => {
      toCheck = [key].concat(aliases[key]);
      if (!toCheck.some((k) => groupedKeys.indexOf(k) !== -1)) {
        groups[defaultGroup].push(key);
      }
    });
    return groupedKeys;
  }
  function filterHiddenOptions(key) {
    return yargs.getOptions().hiddenOptions.indexOf(key) < 0 || yargs.parsed.argv[yargs.getOptions().showHiddenOpt];
  }
  self2.showHelp = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(self2.help());
  };
  self2.functionDescription = (fn) => {
    const description = fn.name ? shim3.Parser.decamelize(fn.name, "-") : __("generated-value");
    return ["(", description, ")"].join("");
  };
  self2.stringifiedValues = function stringifiedValues(values, separator) {
    let string = "";
    const sep = separator || ", ";
    const array = [].concat(values);
    if (!values || !array.length)
      return string;
    array.forEach((value) => {
      if (string.length)
        string += sep;
      string += JSON.stringify(value);
    });
    return string;
  };
  function defaultString(value, defaultDescription) {
    let string = `[${__("default:")} `;
    if (value === void 0 && !defaultDescription)
      return null;
    if (defaultDescription) {
      string += defaultDescription;
    } else {
      switch (typeof value) {
        case "string":
          string += `"${value}"`;
          break;
        case "object":
          string += JSON.stringify(value);
          break;
        default:
          string += value;
      }
    }
    return `${string}]`;
  }
  function windowWidth() {
    const maxWidth2 = 80;
    if (shim3.process.stdColumns) {
      return Math.min(maxWidth2, shim3.process.stdColumns);
    } else {
      return maxWidth2;
    }
  }
  let version = null;
  self2.version = (ver) => {
    version = ver;
  };
  self2.showVersion = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(version);
  };
  self2.reset = function reset(localLookup) {
    failMessage = null;
    failureOutput = false;
    usages = [];
    usageDisabled = false;
    epilogs = [];
    examples = [];
    commands = [];
    descriptions = objFilter(descriptions, (k) => !localLookup[k]);
    return self2;
  };
  const frozens = [];
  self2.freeze = function freeze() {
    frozens.push({
      failMessage,
      failureOutput,
      usages,
      usageDisabled,
      epilogs,
      examples,
      commands,
      descriptions
    });
  };
  self2.unfreeze = function unfreeze(defaultCommand = false) {
    const frozen = frozens.pop();
    if (!frozen)
      return;
    if (defaultCommand) {
      descriptions = { ...frozen.descriptions, ...descriptions };
      commands = [...frozen.commands, ...commands];
      usages = [...frozen.usages, ...usages];
      examples = [...frozen.examples, ...examples];
      epilogs = [...frozen.epilogs, ...epilogs];
    } else {
      ({
        failMessage,
        failureOutput,
        usages,
        usageDisabled,
        epilogs,
        examples,
        commands,
        descriptions
      } = frozen);
    }
  };
  return self2;
}
function isIndentedText(text) {
  return typeof text === "object";
}
function addIndentation(text, indent) {
  return isIndentedText(text) ? { text: text.text, indentation: text.indentation + indent } : { text, indentation: indent };
}
function getIndentation(text) {
  return isIndentedText(text) ? text.indentation : 0;
}
function getText(text) {
  return isIndentedText(text) ? text.text : text;
}

// node_modules/yargs/build/lib/completion-templates.js
var completionShTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.bashrc
#    or {{app_path}} {{completion_command}} >> ~/.bash_profile on OSX.
#
_{{app_name}}_yargs_completions()
{
    local cur_word args type_list

    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")

    # ask yargs to generate completions.
    # see https://stackoverflow.com/a/40944195/7080036 for the spaces-handling awk
    mapfile -t type_list < <({{app_path}} --get-yargs-completions "\${args[@]}")
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}" |
        awk '/ / { print "\\""$0"\\"" } /^[^ ]+$/ { print $0 }')

    # if no match was found, fall back to filename completion
    if [ \${#COMPREPLY[@]} -eq 0 ]; then
      COMPREPLY=()
    fi

    return 0
}
complete -o bashdefault -o default -F _{{app_name}}_yargs_completions {{app_name}}
###-end-{{app_name}}-completions-###
`;
var completionZshTemplate = `#compdef {{app_name}}
###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.zshrc
#    or {{app_path}} {{completion_command}} >> ~/.zprofile on OSX.
#
_{{app_name}}_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'
' reply=($(COMP_CWORD="$((CURRENT-1))" COMP_LINE="$BUFFER" COMP_POINT="$CURSOR" {{app_path}} --get-yargs-completions "\${words[@]}"))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _{{app_name}}_yargs_completions "$@"
else
  compdef _{{app_name}}_yargs_completions {{app_name}}
fi
###-end-{{app_name}}-completions-###
`;
var completionFishTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} > ~/.config/fish/completions/{{app_name}}.fish
#
complete -f -c {{app_name}} -a '({{app_path}} --get-yargs-completions (commandline -o)[2..-1])'
###-end-{{app_name}}-completions-###
`;

// node_modules/yargs/build/lib/completion.js
var Completion = class {
  constructor(yargs, usage2, command2, shim3) {
    var _a2, _b2, _c2, _d, _e;
    this.yargs = yargs;
    this.usage = usage2;
    this.command = command2;
    this.shim = shim3;
    this.completionKey = "get-yargs-completions";
    this.aliases = null;
    this.customCompletionFunction = null;
    this.indexAfterLastReset = 0;
    this.zshShell = (_c2 = ((_a2 = this.shim.getEnv("SHELL")) === null || _a2 === void 0 ? void 0 : _a2.includes("zsh")) || ((_b2 = this.shim.getEnv("ZSH_NAME")) === null || _b2 === void 0 ? void 0 : _b2.includes("zsh"))) !== null && _c2 !== void 0 ? _c2 : false;
    this.fishShell = (_e = (_d = this.shim.getEnv("SHELL")) === null || _d === void 0 ? void 0 : _d.includes("fish")) !== null && _e !== void 0 ? _e : false;
  }
  defaultCompletion(args, argv2, current, done) {
    const handlers = this.command.getCommandHandlers();
    for (let i = 0, ii = args.length; i < ii; ++i) {
      if (handlers[args[i]] && handlers[args[i]].builder) {
        const builder = handlers[args[i]].builder;
        if (isCommandBuilderCallback(builder)) {
          this.indexAfterLastReset = i + 1;
          const y = this.yargs.getInternalMethods().reset();
          builder(y, true);
          return y.argv;
        }
      }
    }
    const completions = [];
    this.commandCompletions(completions, args, current);
    this.optionCompletions(completions, args, argv2, current);
    this.choicesFromOptionsCompletions(completions, args, argv2, current);
    this.choicesFromPositionalsCompletions(completions, args, argv2, current);
    done(null, completions);
  }
  commandCompletions(completions, args, current) {
    const parentCommands = this.yargs.getInternalMethods().getContext().commands;
    if (!current.match(/^-/) && parentCommands[parentCommands.length - 1] !== current && !this.previousArgHasChoices(args)) {
      this.usage.getCommands().forEach((usageCommand) => {
        const commandName = parseCommand(usageCommand[0]).cmd;
        if (args.indexOf(commandName) === -1) {
          const desc = usageCommand[1] || "";
          if (this.fishShell) {
            completions.push(commandName + "	" + desc);
          } else if (this.zshShell) {
            completions.push(commandName.replace(/:/g, "\\:") + ":" + desc);
          } else {
            completions.push(commandName);
          }
        }
      });
    }
  }
  optionCompletions(completions, args, argv2, current) {
    if ((current.match(/^-/) || current === "" && completions.length === 0) && !this.previousArgHasChoices(args)) {
      const options = this.yargs.getOptions();
      const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
      Object.keys(options.key).forEach((key) => {
        const negable = !!options.configuration["boolean-negation"] && options.boolean.includes(key);
        const isPositionalKey = positionalKeys.includes(key);
        if (!isPositionalKey && !options.hiddenOptions.includes(key) && !this.argsContainKey(args, key, negable)) {
          this.completeOptionKey(key, completions, current, negable && !!options.default[key]);
        }
      });
    }
  }
  choicesFromOptionsCompletions(completions, args, argv2, current) {
    if (this.previousArgHasChoices(args)) {
      const choices = this.getPreviousArgChoices(args);
      if (choices && choices.length > 0) {
        if (this.fishShell) {
          completions.push(...choices);
        } else {
          completions.push(...choices.map((c) => c.replace(/:/g, "\\:")));
        }
      }
    }
  }
  choicesFromPositionalsCompletions(completions, args, argv2, current) {
    if (current === "" && completions.length > 0 && this.previousArgHasChoices(args)) {
      return;
    }
    const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
    const offset = Math.max(this.indexAfterLastReset, this.yargs.getInternalMethods().getContext().commands.length + 1);
    const positionalKey = positionalKeys[argv2._.length - offset - 1];
    if (!positionalKey) {
      return;
    }
    const choices = this.yargs.getOptions().choices[positionalKey] || [];
    for (const choice of choices) {
      if (choice.startsWith(current)) {
        if (this.fishShell) {
          completions.push(choice);
        } else {
          completions.push(choice.replace(/:/g, "\\:"));
        }
      }
    }
  }
  getPreviousArgChoices(args) {
    if (args.length < 1)
      return;
    let previousArg = args[args.length - 1];
    let filter = "";
    if (!previousArg.startsWith("-") && args.length > 1) {
      filter = previousArg;
      previousArg = args[args.length - 2];
    }
    if (!previousArg.startsWith("-"))
      return;
    const previousArgKey = previousArg.replace(/^-+/, "");
    const options = this.yargs.getOptions();
    const possibleAliases = [
      previousArgKey,
      ...this.yargs.getAliases()[previousArgKey] || []
    ];
    let choices;
    for (const possibleAlias of possibleAliases) {
      if (Object.prototype.hasOwnProperty.call(options.key, possibleAlias) && Array.isArray(options.choices[possibleAlias])) {
        choices = options.choices[possibleAlias];
        break;
      }
    }
    if (choices) {
      return choices.filter((choice) => !filter || choice.startsWith(filter));
    }
  }
  previousArgHasChoices(args) {
    const choices = this.getPreviousArgChoices(args);
    return choices !== void 0 && choices.length > 0;
  }
  argsContainKey(args, key, negable) {
    const argsContains = (s) => args.indexOf((/^[^0-9]$/.test(s) ? "-" : "--") + s) !== -1;
    if (argsContains(key))
      return true;
    if (negable && argsContains(`no-${key}`))
      return true;
    if (this.aliases) {
      for (const alias of this.aliases[key]) {
        if (argsContains(alias))
          return true;
      }
    }
    return false;
  }
  completeOptionKey(key, completions, current, negable) {
    var _a2, _b2, _c2, _d;
    let keyWithDesc = key;
    if (this.zshShell || this.fishShell) {
      const descs = this.usage.getDescriptions();
      const aliasKey = (_b2 = (_a2 = this === null || this === void 0 ? void 0 : this.aliases) === null || _a2 === void 0 ? void 0 : _a2[key]) === null || _b2 === void 0 ? void 0 : _b2.find((alias) => {
        const desc2 = descs[alias];
        return typeof desc2 === "string" && desc2.length > 0;
      });
      const descFromAlias = aliasKey ? descs[aliasKey] : void 0;
      const desc = (_d = (_c2 = descs[key]) !== null && _c2 !== void 0 ? _c2 : descFromAlias) !== null && _d !== void 0 ? _d : "";
      const cleanedDesc = desc.replace("__yargsString__:", "").replace(/(\r\n|\n|\r)/gm, " ");
      if (this.fishShell) {
        keyWithDesc = `${key}	${cleanedDesc}`;
      } else {
        keyWithDesc = `${key.replace(/:/g, "\\:")}:${cleanedDesc}`;
      }
    }
    const startsByTwoDashes = (s) => /^--/.test(s);
    const isShortOption = (s) => /^[^0-9]$/.test(s);
    const dashes = !startsByTwoDashes(current) && isShortOption(key) ? "-" : "--";
    completions.push(dashes + keyWithDesc);
    if (negable) {
      completions.push(dashes + "no-" + keyWithDesc);
    }
  }
  customCompletion(args, argv2, current, done) {
    assertNotStrictEqual(this.customCompletionFunction, null, this.shim);
    if (isSyncCompletionFunction(this.customCompletionFunction)) {
      const result = this.customCompletionFunction(current, argv2);
      if (isPromise(result)) {
        return result.then((list) => {
          this.shim.process.nextTick(() => {
            done(null, list);
          });
        }).catch((err) => {
          this.shim.process.nextTick(() => {
            done(err, void 0);
          });
        });
      }
      return done(null, result);
    } else if (isFallbackCompletionFunction(this.customCompletionFunction)) {
      return this.customCompletionFunction(current, argv2, (onCompleted = done) => this.defaultCompletion(args, argv2, current, onCompleted), (completions) => {
        done(null, completions);
      });
    } else {
      return this.customCompletionFunction(current, argv2, (completions) => {
        done(null, completions);
      });
    }
  }
  getCompletion(args, done) {
    const current = args.length ? args[args.length - 1] : "";
    const argv2 = this.yargs.parse(args, true);
    const completionFunction = this.customCompletionFunction ? (argv3) => this.customCompletion(args, argv3, current, done) : (argv3) => this.defaultCompletion(args, argv3, current, done);
    return isPromise(argv2) ? argv2.then(completionFunction) : completionFunction(argv2);
  }
  generateCompletionScript($0, cmd) {
    let script;
    if (this.zshShell) {
      script = completionZshTemplate;
    } else if (this.fishShell) {
      script = completionFishTemplate;
    } else {
      script = completionShTemplate;
    }
    const name = this.shim.path.basename($0);
    if ($0.match(/\.js$/))
      $0 = `./${$0}`;
    script = script.replace(/{{app_name}}/g, name);
    script = script.replace(/{{completion_command}}/g, cmd);
    return script.replace(/{{app_path}}/g, $0);
  }
  registerFunction(fn) {
    this.customCompletionFunction = fn;
  }
  setParsed(parsed) {
    this.aliases = parsed.aliases;
  }
};
function completion(yargs, usage2, command2, shim3) {
  return new Completion(yargs, usage2, command2, shim3);
}
function isSyncCompletionFunction(completionFunction) {
  return completionFunction.length < 3;
}
function isFallbackCompletionFunction(completionFunction) {
  return completionFunction.length > 3;
}

// node_modules/yargs/build/lib/utils/levenshtein.js
function levenshtein(a, b) {
  if (a.length === 0)
    return b.length;
  if (b.length === 0)
    return a.length;
  const matrix = [];
  let i;
  for (i = 0; i <= b.length; i++) {
    matrix[i] = [i];
  }
  let j;
  for (j = 0; j <= a.length; j++) {
    matrix[0][j] = j;
  }
  for (i = 1; i <= b.length; i++) {
    for (j = 1; j <= a.length; j++) {
      if (b.charAt(i - 1) === a.charAt(j - 1)) {
        matrix[i][j] = matrix[i - 1][j - 1];
      } else {
        if (i > 1 && j > 1 && b.charAt(i - 2) === a.charAt(j - 1) && b.charAt(i - 1) === a.charAt(j - 2)) {
          matrix[i][j] = matrix[i - 2][j - 2] + 1;
        } else {
          matrix[i][j] = Math.min(matrix[i - 1][j - 1] + 1, Math.min(matrix[i][j - 1] + 1, matrix[i - 1][j] + 1));
        }
      }
    }
  }
  return matrix[b.length][a.length];
}

// node_modules/yargs/build/lib/validation.js
var specialKeys = ["$0", "--", "_"];
function validation(yargs, usage2, shim3) {
  const __ = shim3.y18n.__;
  const __n = shim3.y18n.__n;
  const self2 = {};
  self2.nonOptionCount = function nonOptionCount(argv2) {
    const demandedCommands = yargs.getDemandedCommands();
    const positionalCount = argv2._.length + (argv2["--"] ? argv2["--"].length : 0);
    const _s = positionalCount - yargs.getInternalMethods().getContext().commands.length;
    if (demandedCommands._ && (_s < demandedCommands._.min || _s > demandedCommands._.max)) {
      if (_s < demandedCommands._.min) {
        if (demandedCommands._.minMsg !== void 0) {
          usage2.fail(demandedCommands._.minMsg ? demandedCommands._.minMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.min.toString()) : null);
        } else {
          usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", _s, _s.toString(), demandedCommands._.min.toString()));
        }
      } else if (_s > demandedCommands._.max) {
        if (demandedCommands._.maxMsg !== void 0) {
          usage2.fail(demandedCommands._.maxMsg ? demandedCommands._.maxMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.max.toString()) : null);
        } else {
          usage2.fail(__n("Too many non-option arguments: got %s, maximum of %s", "Too many non-option arguments: got %s, maximum of %s", _s, _s.toString(), demandedCommands._.max.toString()));
        }
      }
    }
  };
  self2.positionalCount = function positionalCount(required, observed) {
    if (observed < required) {
      usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", observed, observed + "", required + ""));
    }
  };
  self2.requiredArguments = function requiredArguments(argv2, demandedOptions) {
    let missing = null;
    for (const key of Object.keys(demandedOptions)) {
      if (!Object.prototype.hasOwnProperty.call(argv2, key) || typeof argv2[key] === "undefined") {
        missing = missing || {};
        missing[key] = demandedOptions[key];
      }
    }
    if (missing) {
      const customMsgs = [];
      for (const key of Object.keys(missing)) {
        const msg = missing[key];
        if (msg && customMsgs.indexOf(msg) < 0) {
          customMsgs.push(msg);
        }
      }
      const customMsg = customMsgs.length ? `
${customMsgs.join("\n")}` : "";
      usage2.fail(__n("Missing required argument: %s", "Missing required arguments: %s", Object.keys(missing).length, Object.keys(missing).join(", ") + customMsg));
    }
  };
  self2.unknownArguments = function unknownArguments(argv2, aliases, positionalMap, isDefaultCommand, checkPositionals = true) {
    var _a2;
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    Object.keys(argv2).forEach((key) => {
      if (!specialKeys.includes(key) && !Object.prototype.hasOwnProperty.call(positionalMap, key) && !Object.prototype.hasOwnProperty.call(yargs.getInternalMethods().getParseContext(), key) && !self2.isValidAndSomeAliasIsNotNew(key, aliases)) {
        unknown.push(key);
      }
    });
    if (checkPositionals && (currentContext.commands.length > 0 || commandKeys.length > 0 || isDefaultCommand)) {
      argv2._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (checkPositionals) {
      const demandedCommands = yargs.getDemandedCommands();
      const maxNonOptDemanded = ((_a2 = demandedCommands._) === null || _a2 === void 0 ? void 0 : _a2.max) || 0;
      const expected = currentContext.commands.length + maxNonOptDemanded;
      if (expected < argv2._.length) {
        argv2._.slice(expected).forEach((key) => {
          key = String(key);
          if (!currentContext.commands.includes(key) && !unknown.includes(key)) {
            unknown.push(key);
          }
        });
      }
    }
    if (unknown.length) {
      usage2.fail(__n("Unknown argument: %s", "Unknown arguments: %s", unknown.length, unknown.map((s) => s.trim() ? s : `"${s}"`).join(", ")));
    }
  };
  self2.unknownCommands = function unknownCommands(argv2) {
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    if (currentContext.commands.length > 0 || commandKeys.length > 0) {
      argv2._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (unknown.length > 0) {
      usage2.fail(__n("Unknown command: %s", "Unknown commands: %s", unknown.length, unknown.join(", ")));
      return true;
    } else {
      return false;
    }
  };
  self2.isValidAndSomeAliasIsNotNew = function isValidAndSomeAliasIsNotNew(key, aliases) {
    if (!Object.prototype.hasOwnProperty.call(aliases, key)) {
      return false;
    }
    const newAliases = yargs.parsed.newAliases;
    return [key, ...aliases[key]].some((a) => !Object.prototype.hasOwnProperty.call(newAliases, a) || !newAliases[key]);
  };
  self2.limitedChoices = function limitedChoices(argv2) {
    const options = yargs.getOptions();
    const invalid = {};
    if (!Object.keys(options.choices).length)
      return;
    Object.keys(argv2).forEach((key) => {
      if (specialKeys.indexOf(key) === -1 && Object.prototype.hasOwnProperty.call(options.choices, key)) {
        [].concat(argv2[key]).forEach((value) => {
          if (options.choices[key].indexOf(value) === -1 && value !== void 0) {
            invalid[key] = (invalid[key] || []).concat(value);
          }
        });
      }
    });
    const invalidKeys = Object.keys(invalid);
    if (!invalidKeys.length)
      return;
    let msg = __("Invalid values:");
    invalidKeys.forEach((key) => {
      msg += `
  ${__("Argument: %s, Given: %s, Choices: %s", key, usage2.stringifiedValues(invalid[key]), usage2.stringifiedValues(options.choices[key]))}`;
    });
    usage2.fail(msg);
  };
  let implied = {};
  self2.implies = function implies(key, value) {
    argsert("<string|object> [array|number|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self2.implies(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!implied[key]) {
        implied[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self2.implies(key, i));
      } else {
        assertNotStrictEqual(value, void 0, shim3);
        implied[key].push(value);
      }
    }
  };
  self2.getImplied = function getImplied() {
    return implied;
  };
  function keyExists(argv2, val) {
    const num = Number(val);
    val = isNaN(num) ? val : num;
    if (typeof val === "number") {
      val = argv2._.length >= val;
    } else if (val.match(/^--no-.+/)) {
      val = val.match(/^--no-(.+)/)[1];
      val = !Object.prototype.hasOwnProperty.call(argv2, val);
    } else {
      val = Object.prototype.hasOwnProperty.call(argv2, val);
    }
    return val;
  }
  self2.implications = function implications(argv2) {
    const implyFail = [];
    Object.keys(implied).forEach((key) => {
      const origKey = key;
      (implied[key] || []).forEach((value) => {
        let key2 = origKey;
        const origValue = value;
        key2 = keyExists(argv2, key2);
        value = keyExists(argv2, value);
        if (key2 && !value) {
          implyFail.push(` ${origKey} -> ${origValue}`);
        }
      });
    });
    if (implyFail.length) {
      let msg = `${__("Implications failed:")}
`;
      implyFail.forEach((value) => {
        msg += value;
      });
      usage2.fail(msg);
    }
  };
  let conflicting = {};
  self2.conflicts = function conflicts(key, value) {
    argsert("<string|object> [array|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self2.conflicts(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!conflicting[key]) {
        conflicting[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self2.conflicts(key, i));
      } else {
        conflicting[key].push(value);
      }
    }
  };
  self2.getConflicting = () => conflicting;
  self2.conflicting = function conflictingFn(argv2) {
    Object.keys(argv2).forEach((key) => {
      if (conflicting[key]) {
        conflicting[key].forEach((value) => {
          if (value && argv2[key] !== void 0 && argv2[value] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      }
    });
    if (yargs.getInternalMethods().getParserConfiguration()["strip-dashed"]) {
      Object.keys(conflicting).forEach((key) => {
        conflicting[key].forEach((value) => {
          if (value && argv2[shim3.Parser.camelCase(key)] !== void 0 && argv2[shim3.Parser.camelCase(value)] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      });
    }
  };
  self2.recommendCommands = function recommendCommands(cmd, potentialCommands) {
    const threshold = 3;
    potentialCommands = potentialCommands.sort((a, b) => b.length - a.length);
    let recommended = null;
    let bestDistance = Infinity;
    for (let i = 0, candidate; (candidate = potentialCommands[i]) !== void 0; i++) {
      const d = levenshtein(cmd, candidate);
      if (d <= threshold && d < bestDistance) {
        bestDistance = d;
        recommended = candidate;
      }
    }
    if (recommended)
      usage2.fail(__("Did you mean %s?", recommended));
  };
  self2.reset = function reset(localLookup) {
    implied = objFilter(implied, (k) => !localLookup[k]);
    conflicting = objFilter(conflicting, (k) => !localLookup[k]);
    return self2;
  };
  const frozens = [];
  self2.freeze = function freeze() {
    frozens.push({
      implied,
      conflicting
    });
  };
  self2.unfreeze = function unfreeze() {
    const frozen = frozens.pop();
    assertNotStrictEqual(frozen, void 0, shim3);
    ({ implied, conflicting } = frozen);
  };
  return self2;
}

// node_modules/yargs/build/lib/utils/apply-extends.js
var previouslyVisitedConfigs = [];
var shim2;
function applyExtends(config, cwd, mergeExtends, _shim) {
  shim2 = _shim;
  let defaultConfig = {};
  if (Object.prototype.hasOwnProperty.call(config, "extends")) {
    if (typeof config.extends !== "string")
      return defaultConfig;
    const isPath = /\.json|\..*rc$/.test(config.extends);
    let pathToDefault = null;
    if (!isPath) {
      try {
        pathToDefault = import.meta.resolve(config.extends);
      } catch (_err) {
        return config;
      }
    } else {
      pathToDefault = getPathToDefaultConfig(cwd, config.extends);
    }
    checkForCircularExtends(pathToDefault);
    previouslyVisitedConfigs.push(pathToDefault);
    defaultConfig = isPath ? JSON.parse(shim2.readFileSync(pathToDefault, "utf8")) : _shim.require(config.extends);
    delete config.extends;
    defaultConfig = applyExtends(defaultConfig, shim2.path.dirname(pathToDefault), mergeExtends, shim2);
  }
  previouslyVisitedConfigs = [];
  return mergeExtends ? mergeDeep(defaultConfig, config) : Object.assign({}, defaultConfig, config);
}
function checkForCircularExtends(cfgPath) {
  if (previouslyVisitedConfigs.indexOf(cfgPath) > -1) {
    throw new YError(`Circular extended configurations: '${cfgPath}'.`);
  }
}
function getPathToDefaultConfig(cwd, pathToExtend) {
  return shim2.path.resolve(cwd, pathToExtend);
}
function mergeDeep(config1, config2) {
  const target = {};
  function isObject(obj) {
    return obj && typeof obj === "object" && !Array.isArray(obj);
  }
  Object.assign(target, config1);
  for (const key of Object.keys(config2)) {
    if (key === "__proto__")
      continue;
    if (isObject(config2[key]) && isObject(target[key])) {
      target[key] = mergeDeep(config1[key], config2[key]);
    } else {
      target[key] = config2[key];
    }
  }
  return target;
}

// node_modules/yargs/build/lib/yargs-factory.js
var __classPrivateFieldSet = function(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _YargsInstance_command;
var _YargsInstance_cwd;
var _YargsInstance_context;
var _YargsInstance_completion;
var _YargsInstance_completionCommand;
var _YargsInstance_defaultShowHiddenOpt;
var _YargsInstance_exitError;
var _YargsInstance_detectLocale;
var _YargsInstance_emittedWarnings;
var _YargsInstance_exitProcess;
var _YargsInstance_frozens;
var _YargsInstance_globalMiddleware;
var _YargsInstance_groups;
var _YargsInstance_hasOutput;
var _YargsInstance_helpOpt;
var _YargsInstance_isGlobalContext;
var _YargsInstance_logger;
var _YargsInstance_output;
var _YargsInstance_options;
var _YargsInstance_parentRequire;
var _YargsInstance_parserConfig;
var _YargsInstance_parseFn;
var _YargsInstance_parseContext;
var _YargsInstance_pkgs;
var _YargsInstance_preservedGroups;
var _YargsInstance_processArgs;
var _YargsInstance_recommendCommands;
var _YargsInstance_shim;
var _YargsInstance_strict;
var _YargsInstance_strictCommands;
var _YargsInstance_strictOptions;
var _YargsInstance_usage;
var _YargsInstance_usageConfig;
var _YargsInstance_versionOpt;
var _YargsInstance_validation;
function YargsFactory(_shim) {
  return (processArgs = [], cwd = _shim.process.cwd(), parentRequire) => {
    const yargs = new YargsInstance(processArgs, cwd, parentRequire, _shim);
    Object.defineProperty(yargs, "argv", {
      get: () => {
        return yargs.parse();
      },
      enumerable: true
    });
    yargs.help();
    yargs.version();
    return yargs;
  };
}
var kCopyDoubleDash = /* @__PURE__ */ Symbol("copyDoubleDash");
var kCreateLogger = /* @__PURE__ */ Symbol("copyDoubleDash");
var kDeleteFromParserHintObject = /* @__PURE__ */ Symbol("deleteFromParserHintObject");
var kEmitWarning = /* @__PURE__ */ Symbol("emitWarning");
var kFreeze = /* @__PURE__ */ Symbol("freeze");
var kGetDollarZero = /* @__PURE__ */ Symbol("getDollarZero");
var kGetParserConfiguration = /* @__PURE__ */ Symbol("getParserConfiguration");
var kGetUsageConfiguration = /* @__PURE__ */ Symbol("getUsageConfiguration");
var kGuessLocale = /* @__PURE__ */ Symbol("guessLocale");
var kGuessVersion = /* @__PURE__ */ Symbol("guessVersion");
var kParsePositionalNumbers = /* @__PURE__ */ Symbol("parsePositionalNumbers");
var kPkgUp = /* @__PURE__ */ Symbol("pkgUp");
var kPopulateParserHintArray = /* @__PURE__ */ Symbol("populateParserHintArray");
var kPopulateParserHintSingleValueDictionary = /* @__PURE__ */ Symbol("populateParserHintSingleValueDictionary");
var kPopulateParserHintArrayDictionary = /* @__PURE__ */ Symbol("populateParserHintArrayDictionary");
var kPopulateParserHintDictionary = /* @__PURE__ */ Symbol("populateParserHintDictionary");
var kSanitizeKey = /* @__PURE__ */ Symbol("sanitizeKey");
var kSetKey = /* @__PURE__ */ Symbol("setKey");
var kUnfreeze = /* @__PURE__ */ Symbol("unfreeze");
var kValidateAsync = /* @__PURE__ */ Symbol("validateAsync");
var kGetCommandInstance = /* @__PURE__ */ Symbol("getCommandInstance");
var kGetContext = /* @__PURE__ */ Symbol("getContext");
var kGetHasOutput = /* @__PURE__ */ Symbol("getHasOutput");
var kGetLoggerInstance = /* @__PURE__ */ Symbol("getLoggerInstance");
var kGetParseContext = /* @__PURE__ */ Symbol("getParseContext");
var kGetUsageInstance = /* @__PURE__ */ Symbol("getUsageInstance");
var kGetValidationInstance = /* @__PURE__ */ Symbol("getValidationInstance");
var kHasParseCallback = /* @__PURE__ */ Symbol("hasParseCallback");
var kIsGlobalContext = /* @__PURE__ */ Symbol("isGlobalContext");
var kPostProcess = /* @__PURE__ */ Symbol("postProcess");
var kRebase = /* @__PURE__ */ Symbol("rebase");
var kReset = /* @__PURE__ */ Symbol("reset");
var kRunYargsParserAndExecuteCommands = /* @__PURE__ */ Symbol("runYargsParserAndExecuteCommands");
var kRunValidation = /* @__PURE__ */ Symbol("runValidation");
var kSetHasOutput = /* @__PURE__ */ Symbol("setHasOutput");
var kTrackManuallySetKeys = /* @__PURE__ */ Symbol("kTrackManuallySetKeys");
var DEFAULT_LOCALE = "en_US";
var YargsInstance = class {
  constructor(processArgs = [], cwd, parentRequire, shim3) {
    this.customScriptName = false;
    this.parsed = false;
    _YargsInstance_command.set(this, void 0);
    _YargsInstance_cwd.set(this, void 0);
    _YargsInstance_context.set(this, { commands: [], fullCommands: [] });
    _YargsInstance_completion.set(this, null);
    _YargsInstance_completionCommand.set(this, null);
    _YargsInstance_defaultShowHiddenOpt.set(this, "show-hidden");
    _YargsInstance_exitError.set(this, null);
    _YargsInstance_detectLocale.set(this, true);
    _YargsInstance_emittedWarnings.set(this, {});
    _YargsInstance_exitProcess.set(this, true);
    _YargsInstance_frozens.set(this, []);
    _YargsInstance_globalMiddleware.set(this, void 0);
    _YargsInstance_groups.set(this, {});
    _YargsInstance_hasOutput.set(this, false);
    _YargsInstance_helpOpt.set(this, null);
    _YargsInstance_isGlobalContext.set(this, true);
    _YargsInstance_logger.set(this, void 0);
    _YargsInstance_output.set(this, "");
    _YargsInstance_options.set(this, void 0);
    _YargsInstance_parentRequire.set(this, void 0);
    _YargsInstance_parserConfig.set(this, {});
    _YargsInstance_parseFn.set(this, null);
    _YargsInstance_parseContext.set(this, null);
    _YargsInstance_pkgs.set(this, {});
    _YargsInstance_preservedGroups.set(this, {});
    _YargsInstance_processArgs.set(this, void 0);
    _YargsInstance_recommendCommands.set(this, false);
    _YargsInstance_shim.set(this, void 0);
    _YargsInstance_strict.set(this, false);
    _YargsInstance_strictCommands.set(this, false);
    _YargsInstance_strictOptions.set(this, false);
    _YargsInstance_usage.set(this, void 0);
    _YargsInstance_usageConfig.set(this, {});
    _YargsInstance_versionOpt.set(this, null);
    _YargsInstance_validation.set(this, void 0);
    __classPrivateFieldSet(this, _YargsInstance_shim, shim3, "f");
    __classPrivateFieldSet(this, _YargsInstance_processArgs, processArgs, "f");
    __classPrivateFieldSet(this, _YargsInstance_cwd, cwd, "f");
    __classPrivateFieldSet(this, _YargsInstance_parentRequire, parentRequire, "f");
    __classPrivateFieldSet(this, _YargsInstance_globalMiddleware, new GlobalMiddleware(this), "f");
    this.$0 = this[kGetDollarZero]();
    this[kReset]();
    __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f"), "f");
    __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
    __classPrivateFieldSet(this, _YargsInstance_logger, this[kCreateLogger](), "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(DEFAULT_LOCALE);
  }
  addHelpOpt(opt, msg) {
    const defaultHelpOpt = "help";
    argsert("[string|boolean] [string]", [opt, msg], arguments.length);
    if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
      this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
      __classPrivateFieldSet(this, _YargsInstance_helpOpt, null, "f");
    }
    if (opt === false && msg === void 0)
      return this;
    __classPrivateFieldSet(this, _YargsInstance_helpOpt, typeof opt === "string" ? opt : defaultHelpOpt, "f");
    this.boolean(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
    this.describe(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"), msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show help"));
    return this;
  }
  help(opt, msg) {
    return this.addHelpOpt(opt, msg);
  }
  addShowHiddenOpt(opt, msg) {
    argsert("[string|boolean] [string]", [opt, msg], arguments.length);
    if (opt === false && msg === void 0)
      return this;
    const showHiddenOpt = typeof opt === "string" ? opt : __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
    this.boolean(showHiddenOpt);
    this.describe(showHiddenOpt, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show hidden options"));
    __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = showHiddenOpt;
    return this;
  }
  showHidden(opt, msg) {
    return this.addShowHiddenOpt(opt, msg);
  }
  alias(key, value) {
    argsert("<object|string|array> [string|array]", [key, value], arguments.length);
    this[kPopulateParserHintArrayDictionary](this.alias.bind(this), "alias", key, value);
    return this;
  }
  array(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("array", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  boolean(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("boolean", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  check(f, global) {
    argsert("<function> [boolean]", [f, global], arguments.length);
    this.middleware((argv2, _yargs) => {
      return maybeAsyncResult(() => {
        return f(argv2, _yargs.getOptions());
      }, (result) => {
        if (!result) {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__("Argument check failed: %s", f.toString()));
        } else if (typeof result === "string" || result instanceof Error) {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(result.toString(), result);
        }
        return argv2;
      }, (err) => {
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message ? err.message : err.toString(), err);
        return argv2;
      });
    }, false, global);
    return this;
  }
  choices(key, value) {
    argsert("<object|string|array> [string|array]", [key, value], arguments.length);
    this[kPopulateParserHintArrayDictionary](this.choices.bind(this), "choices", key, value);
    return this;
  }
  coerce(keys, value) {
    argsert("<object|string|array> [function]", [keys, value], arguments.length);
    if (Array.isArray(keys)) {
      if (!value) {
        throw new YError("coerce callback must be provided");
      }
      for (const key of keys) {
        this.coerce(key, value);
      }
      return this;
    } else if (typeof keys === "object") {
      for (const key of Object.keys(keys)) {
        this.coerce(key, keys[key]);
      }
      return this;
    }
    if (!value) {
      throw new YError("coerce callback must be provided");
    }
    const coerceKey = keys;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").key[coerceKey] = true;
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addCoerceMiddleware((argv2, yargs) => {
      var _a2;
      const coerceKeyAliases = (_a2 = yargs.getAliases()[coerceKey]) !== null && _a2 !== void 0 ? _a2 : [];
      const argvKeys = [coerceKey, ...coerceKeyAliases].filter((key) => Object.prototype.hasOwnProperty.call(argv2, key));
      if (argvKeys.length === 0) {
        return argv2;
      }
      return maybeAsyncResult(() => {
        return value(argv2[argvKeys[0]]);
      }, (result) => {
        argvKeys.forEach((key) => {
          argv2[key] = result;
        });
        return argv2;
      }, (err) => {
        throw new YError(err.message);
      });
    }, coerceKey);
    return this;
  }
  conflicts(key1, key2) {
    argsert("<string|object> [string|array]", [key1, key2], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicts(key1, key2);
    return this;
  }
  config(key = "config", msg, parseFn) {
    argsert("[object|string] [string|function] [function]", [key, msg, parseFn], arguments.length);
    if (typeof key === "object" && !Array.isArray(key)) {
      key = applyExtends(key, __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(key);
      return this;
    }
    if (typeof msg === "function") {
      parseFn = msg;
      msg = void 0;
    }
    this.describe(key, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Path to JSON config file"));
    (Array.isArray(key) ? key : [key]).forEach((k) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").config[k] = parseFn || true;
    });
    return this;
  }
  completion(cmd, desc, fn) {
    argsert("[string] [string|boolean|function] [function]", [cmd, desc, fn], arguments.length);
    if (typeof desc === "function") {
      fn = desc;
      desc = void 0;
    }
    __classPrivateFieldSet(this, _YargsInstance_completionCommand, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion", "f");
    if (!desc && desc !== false) {
      desc = "generate completion script";
    }
    this.command(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"), desc);
    if (fn)
      __classPrivateFieldGet(this, _YargsInstance_completion, "f").registerFunction(fn);
    return this;
  }
  command(cmd, description, builder, handler, middlewares, deprecated) {
    argsert("<string|array|object> [string|boolean] [function|object] [function] [array] [boolean|string]", [cmd, description, builder, handler, middlewares, deprecated], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_command, "f").addHandler(cmd, description, builder, handler, middlewares, deprecated);
    return this;
  }
  commands(cmd, description, builder, handler, middlewares, deprecated) {
    return this.command(cmd, description, builder, handler, middlewares, deprecated);
  }
  commandDir(dir, opts) {
    argsert("<string> [object]", [dir, opts], arguments.length);
    const req = __classPrivateFieldGet(this, _YargsInstance_parentRequire, "f") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").require;
    __classPrivateFieldGet(this, _YargsInstance_command, "f").addDirectory(dir, req, __classPrivateFieldGet(this, _YargsInstance_shim, "f").getCallerFile(), opts);
    return this;
  }
  count(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("count", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  default(key, value, defaultDescription) {
    argsert("<object|string|array> [*] [string]", [key, value, defaultDescription], arguments.length);
    if (defaultDescription) {
      assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = defaultDescription;
    }
    if (typeof value === "function") {
      assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key])
        __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = __classPrivateFieldGet(this, _YargsInstance_usage, "f").functionDescription(value);
      value = value.call();
    }
    this[kPopulateParserHintSingleValueDictionary](this.default.bind(this), "default", key, value);
    return this;
  }
  defaults(key, value, defaultDescription) {
    return this.default(key, value, defaultDescription);
  }
  demandCommand(min = 1, max, minMsg, maxMsg) {
    argsert("[number] [number|string] [string|null|undefined] [string|null|undefined]", [min, max, minMsg, maxMsg], arguments.length);
    if (typeof max !== "number") {
      minMsg = max;
      max = Infinity;
    }
    this.global("_", false);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands._ = {
      min,
      max,
      minMsg,
      maxMsg
    };
    return this;
  }
  demand(keys, max, msg) {
    if (Array.isArray(max)) {
      max.forEach((key) => {
        assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
        this.demandOption(key, msg);
      });
      max = Infinity;
    } else if (typeof max !== "number") {
      msg = max;
      max = Infinity;
    }
    if (typeof keys === "number") {
      assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      this.demandCommand(keys, max, msg, msg);
    } else if (Array.isArray(keys)) {
      keys.forEach((key) => {
        assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
        this.demandOption(key, msg);
      });
    } else {
      if (typeof msg === "string") {
        this.demandOption(keys, msg);
      } else if (msg === true || typeof msg === "undefined") {
        this.demandOption(keys);
      }
    }
    return this;
  }
  demandOption(keys, msg) {
    argsert("<object|string|array> [string]", [keys, msg], arguments.length);
    this[kPopulateParserHintSingleValueDictionary](this.demandOption.bind(this), "demandedOptions", keys, msg);
    return this;
  }
  deprecateOption(option, message) {
    argsert("<string> [string|boolean]", [option, message], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions[option] = message;
    return this;
  }
  describe(keys, description) {
    argsert("<object|string|array> [string]", [keys, description], arguments.length);
    this[kSetKey](keys, true);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").describe(keys, description);
    return this;
  }
  detectLocale(detect) {
    argsert("<boolean>", [detect], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, detect, "f");
    return this;
  }
  env(prefix) {
    argsert("[string|boolean]", [prefix], arguments.length);
    if (prefix === false)
      delete __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
    else
      __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix = prefix || "";
    return this;
  }
  epilogue(msg) {
    argsert("<string>", [msg], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").epilog(msg);
    return this;
  }
  epilog(msg) {
    return this.epilogue(msg);
  }
  example(cmd, description) {
    argsert("<string|array> [string]", [cmd, description], arguments.length);
    if (Array.isArray(cmd)) {
      cmd.forEach((exampleParams) => this.example(...exampleParams));
    } else {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").example(cmd, description);
    }
    return this;
  }
  exit(code, err) {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    __classPrivateFieldSet(this, _YargsInstance_exitError, err, "f");
    if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
      __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.exit(code);
  }
  exitProcess(enabled = true) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_exitProcess, enabled, "f");
    return this;
  }
  fail(f) {
    argsert("<function|boolean>", [f], arguments.length);
    if (typeof f === "boolean" && f !== false) {
      throw new YError("Invalid first argument. Expected function or boolean 'false'");
    }
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").failFn(f);
    return this;
  }
  getAliases() {
    return this.parsed ? this.parsed.aliases : {};
  }
  async getCompletion(args, done) {
    argsert("<array> [function]", [args, done], arguments.length);
    if (!done) {
      return new Promise((resolve5, reject) => {
        __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, (err, completions) => {
          if (err)
            reject(err);
          else
            resolve5(completions);
        });
      });
    } else {
      return __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, done);
    }
  }
  getDemandedOptions() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedOptions;
  }
  getDemandedCommands() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands;
  }
  getDeprecatedOptions() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions;
  }
  getDetectLocale() {
    return __classPrivateFieldGet(this, _YargsInstance_detectLocale, "f");
  }
  getExitProcess() {
    return __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f");
  }
  getGroups() {
    return Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_groups, "f"), __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"));
  }
  getHelp() {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
      if (!this.parsed) {
        const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
        if (isPromise(parse)) {
          return parse.then(() => {
            return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
          });
        }
      }
      const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
      if (isPromise(builderResponse)) {
        return builderResponse.then(() => {
          return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
        });
      }
    }
    return Promise.resolve(__classPrivateFieldGet(this, _YargsInstance_usage, "f").help());
  }
  getOptions() {
    return __classPrivateFieldGet(this, _YargsInstance_options, "f");
  }
  getStrict() {
    return __classPrivateFieldGet(this, _YargsInstance_strict, "f");
  }
  getStrictCommands() {
    return __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f");
  }
  getStrictOptions() {
    return __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f");
  }
  global(globals, global) {
    argsert("<string|array> [boolean]", [globals, global], arguments.length);
    globals = [].concat(globals);
    if (global !== false) {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local.filter((l) => globals.indexOf(l) === -1);
    } else {
      globals.forEach((g) => {
        if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").local.includes(g))
          __classPrivateFieldGet(this, _YargsInstance_options, "f").local.push(g);
      });
    }
    return this;
  }
  group(opts, groupName) {
    argsert("<string|array> <string>", [opts, groupName], arguments.length);
    const existing = __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName] || __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName];
    if (__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName]) {
      delete __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName];
    }
    const seen = {};
    __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName] = (existing || []).concat(opts).filter((key) => {
      if (seen[key])
        return false;
      return seen[key] = true;
    });
    return this;
  }
  hide(key) {
    argsert("<string>", [key], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").hiddenOptions.push(key);
    return this;
  }
  implies(key, value) {
    argsert("<string|object> [number|string|array]", [key, value], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").implies(key, value);
    return this;
  }
  locale(locale) {
    argsert("[string]", [locale], arguments.length);
    if (locale === void 0) {
      this[kGuessLocale]();
      return __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.getLocale();
    }
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(locale);
    return this;
  }
  middleware(callback, applyBeforeValidation, global) {
    return __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addMiddleware(callback, !!applyBeforeValidation, global);
  }
  nargs(key, value) {
    argsert("<string|object|array> [number]", [key, value], arguments.length);
    this[kPopulateParserHintSingleValueDictionary](this.nargs.bind(this), "narg", key, value);
    return this;
  }
  normalize(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("normalize", keys);
    return this;
  }
  number(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("number", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  option(key, opt) {
    argsert("<string|object> [object]", [key, opt], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        this.options(k, key[k]);
      });
    } else {
      if (typeof opt !== "object") {
        opt = {};
      }
      this[kTrackManuallySetKeys](key);
      if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && (key === "version" || (opt === null || opt === void 0 ? void 0 : opt.alias) === "version")) {
        this[kEmitWarning]([
          '"version" is a reserved word.',
          "Please do one of the following:",
          '- Disable version with `yargs.version(false)` if using "version" as an option',
          "- Use the built-in `yargs.version` method instead (if applicable)",
          "- Use a different option key",
          "https://yargs.js.org/docs/#api-reference-version"
        ].join("\n"), void 0, "versionWarning");
      }
      __classPrivateFieldGet(this, _YargsInstance_options, "f").key[key] = true;
      if (opt.alias)
        this.alias(key, opt.alias);
      const deprecate = opt.deprecate || opt.deprecated;
      if (deprecate) {
        this.deprecateOption(key, deprecate);
      }
      const demand = opt.demand || opt.required || opt.require;
      if (demand) {
        this.demand(key, demand);
      }
      if (opt.demandOption) {
        this.demandOption(key, typeof opt.demandOption === "string" ? opt.demandOption : void 0);
      }
      if (opt.conflicts) {
        this.conflicts(key, opt.conflicts);
      }
      if ("default" in opt) {
        this.default(key, opt.default);
      }
      if (opt.implies !== void 0) {
        this.implies(key, opt.implies);
      }
      if (opt.nargs !== void 0) {
        this.nargs(key, opt.nargs);
      }
      if (opt.config) {
        this.config(key, opt.configParser);
      }
      if (opt.normalize) {
        this.normalize(key);
      }
      if (opt.choices) {
        this.choices(key, opt.choices);
      }
      if (opt.coerce) {
        this.coerce(key, opt.coerce);
      }
      if (opt.group) {
        this.group(key, opt.group);
      }
      if (opt.boolean || opt.type === "boolean") {
        this.boolean(key);
        if (opt.alias)
          this.boolean(opt.alias);
      }
      if (opt.array || opt.type === "array") {
        this.array(key);
        if (opt.alias)
          this.array(opt.alias);
      }
      if (opt.number || opt.type === "number") {
        this.number(key);
        if (opt.alias)
          this.number(opt.alias);
      }
      if (opt.string || opt.type === "string") {
        this.string(key);
        if (opt.alias)
          this.string(opt.alias);
      }
      if (opt.count || opt.type === "count") {
        this.count(key);
      }
      if (typeof opt.global === "boolean") {
        this.global(key, opt.global);
      }
      if (opt.defaultDescription) {
        __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = opt.defaultDescription;
      }
      if (opt.skipValidation) {
        this.skipValidation(key);
      }
      const desc = opt.describe || opt.description || opt.desc;
      const descriptions = __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions();
      if (!Object.prototype.hasOwnProperty.call(descriptions, key) || typeof desc === "string") {
        this.describe(key, desc);
      }
      if (opt.hidden) {
        this.hide(key);
      }
      if (opt.requiresArg) {
        this.requiresArg(key);
      }
    }
    return this;
  }
  options(key, opt) {
    return this.option(key, opt);
  }
  parse(args, shortCircuit, _parseFn) {
    argsert("[string|array] [function|boolean|object] [function]", [args, shortCircuit, _parseFn], arguments.length);
    this[kFreeze]();
    if (typeof args === "undefined") {
      args = __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
    }
    if (typeof shortCircuit === "object") {
      __classPrivateFieldSet(this, _YargsInstance_parseContext, shortCircuit, "f");
      shortCircuit = _parseFn;
    }
    if (typeof shortCircuit === "function") {
      __classPrivateFieldSet(this, _YargsInstance_parseFn, shortCircuit, "f");
      shortCircuit = false;
    }
    if (!shortCircuit)
      __classPrivateFieldSet(this, _YargsInstance_processArgs, args, "f");
    if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
      __classPrivateFieldSet(this, _YargsInstance_exitProcess, false, "f");
    const parsed = this[kRunYargsParserAndExecuteCommands](args, !!shortCircuit);
    const tmpParsed = this.parsed;
    __classPrivateFieldGet(this, _YargsInstance_completion, "f").setParsed(this.parsed);
    if (isPromise(parsed)) {
      return parsed.then((argv2) => {
        if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
          __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), argv2, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
        return argv2;
      }).catch((err) => {
        if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) {
          __classPrivateFieldGet(this, _YargsInstance_parseFn, "f")(err, this.parsed.argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
        }
        throw err;
      }).finally(() => {
        this[kUnfreeze]();
        this.parsed = tmpParsed;
      });
    } else {
      if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
        __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), parsed, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
      this[kUnfreeze]();
      this.parsed = tmpParsed;
    }
    return parsed;
  }
  parseAsync(args, shortCircuit, _parseFn) {
    const maybePromise = this.parse(args, shortCircuit, _parseFn);
    return !isPromise(maybePromise) ? Promise.resolve(maybePromise) : maybePromise;
  }
  parseSync(args, shortCircuit, _parseFn) {
    const maybePromise = this.parse(args, shortCircuit, _parseFn);
    if (isPromise(maybePromise)) {
      throw new YError(".parseSync() must not be used with asynchronous builders, handlers, or middleware");
    }
    return maybePromise;
  }
  parserConfiguration(config) {
    argsert("<object>", [config], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_parserConfig, config, "f");
    return this;
  }
  pkgConf(key, rootPath) {
    argsert("<string> [string]", [key, rootPath], arguments.length);
    let conf = null;
    const obj = this[kPkgUp](rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"));
    if (obj[key] && typeof obj[key] === "object") {
      conf = applyExtends(obj[key], rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(conf);
    }
    return this;
  }
  positional(key, opts) {
    argsert("<string> <object>", [key, opts], arguments.length);
    const supportedOpts = [
      "default",
      "defaultDescription",
      "implies",
      "normalize",
      "choices",
      "conflicts",
      "coerce",
      "type",
      "describe",
      "desc",
      "description",
      "alias"
    ];
    opts = objFilter(opts, (k, v) => {
      if (k === "type" && !["string", "number", "boolean"].includes(v))
        return false;
      return supportedOpts.includes(k);
    });
    const fullCommand = __classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands[__classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands.length - 1];
    const parseOptions = fullCommand ? __classPrivateFieldGet(this, _YargsInstance_command, "f").cmdToParseOptions(fullCommand) : {
      array: [],
      alias: {},
      default: {},
      demand: {}
    };
    objectKeys(parseOptions).forEach((pk) => {
      const parseOption = parseOptions[pk];
      if (Array.isArray(parseOption)) {
        if (parseOption.indexOf(key) !== -1)
          opts[pk] = true;
      } else {
        if (parseOption[key] && !(pk in opts))
          opts[pk] = parseOption[key];
      }
    });
    this.group(key, __classPrivateFieldGet(this, _YargsInstance_usage, "f").getPositionalGroupName());
    return this.option(key, opts);
  }
  recommendCommands(recommend = true) {
    argsert("[boolean]", [recommend], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_recommendCommands, recommend, "f");
    return this;
  }
  required(keys, max, msg) {
    return this.demand(keys, max, msg);
  }
  require(keys, max, msg) {
    return this.demand(keys, max, msg);
  }
  requiresArg(keys) {
    argsert("<array|string|object> [number]", [keys], arguments.length);
    if (typeof keys === "string" && __classPrivateFieldGet(this, _YargsInstance_options, "f").narg[keys]) {
      return this;
    } else {
      this[kPopulateParserHintSingleValueDictionary](this.requiresArg.bind(this), "narg", keys, NaN);
    }
    return this;
  }
  showCompletionScript($0, cmd) {
    argsert("[string] [string]", [$0, cmd], arguments.length);
    $0 = $0 || this.$0;
    __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(__classPrivateFieldGet(this, _YargsInstance_completion, "f").generateCompletionScript($0, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion"));
    return this;
  }
  showHelp(level) {
    argsert("[string|function]", [level], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
      if (!this.parsed) {
        const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
        if (isPromise(parse)) {
          parse.then(() => {
            __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
          });
          return this;
        }
      }
      const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
      if (isPromise(builderResponse)) {
        builderResponse.then(() => {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
        });
        return this;
      }
    }
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
    return this;
  }
  scriptName(scriptName) {
    this.customScriptName = true;
    this.$0 = scriptName;
    return this;
  }
  showHelpOnFail(enabled, message) {
    argsert("[boolean|string] [string]", [enabled, message], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelpOnFail(enabled, message);
    return this;
  }
  showVersion(level) {
    argsert("[string|function]", [level], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion(level);
    return this;
  }
  skipValidation(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("skipValidation", keys);
    return this;
  }
  strict(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strict, enabled !== false, "f");
    return this;
  }
  strictCommands(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strictCommands, enabled !== false, "f");
    return this;
  }
  strictOptions(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strictOptions, enabled !== false, "f");
    return this;
  }
  string(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("string", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  terminalWidth() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.stdColumns;
  }
  updateLocale(obj) {
    return this.updateStrings(obj);
  }
  updateStrings(obj) {
    argsert("<object>", [obj], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.updateLocale(obj);
    return this;
  }
  usage(msg, description, builder, handler) {
    argsert("<string|null|undefined> [string|boolean] [function|object] [function]", [msg, description, builder, handler], arguments.length);
    if (description !== void 0) {
      assertNotStrictEqual(msg, null, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      if ((msg || "").match(/^\$0( |$)/)) {
        return this.command(msg, description, builder, handler);
      } else {
        throw new YError(".usage() description must start with $0 if being used as alias for .command()");
      }
    } else {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").usage(msg);
      return this;
    }
  }
  usageConfiguration(config) {
    argsert("<object>", [config], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_usageConfig, config, "f");
    return this;
  }
  version(opt, msg, ver) {
    const defaultVersionOpt = "version";
    argsert("[boolean|string] [string] [string]", [opt, msg, ver], arguments.length);
    if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f")) {
      this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(void 0);
      __classPrivateFieldSet(this, _YargsInstance_versionOpt, null, "f");
    }
    if (arguments.length === 0) {
      ver = this[kGuessVersion]();
      opt = defaultVersionOpt;
    } else if (arguments.length === 1) {
      if (opt === false) {
        return this;
      }
      ver = opt;
      opt = defaultVersionOpt;
    } else if (arguments.length === 2) {
      ver = msg;
      msg = void 0;
    }
    __classPrivateFieldSet(this, _YargsInstance_versionOpt, typeof opt === "string" ? opt : defaultVersionOpt, "f");
    msg = msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show version number");
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(ver || void 0);
    this.boolean(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
    this.describe(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"), msg);
    return this;
  }
  wrap(cols) {
    argsert("<number|null|undefined>", [cols], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").wrap(cols);
    return this;
  }
  [(_YargsInstance_command = /* @__PURE__ */ new WeakMap(), _YargsInstance_cwd = /* @__PURE__ */ new WeakMap(), _YargsInstance_context = /* @__PURE__ */ new WeakMap(), _YargsInstance_completion = /* @__PURE__ */ new WeakMap(), _YargsInstance_completionCommand = /* @__PURE__ */ new WeakMap(), _YargsInstance_defaultShowHiddenOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitError = /* @__PURE__ */ new WeakMap(), _YargsInstance_detectLocale = /* @__PURE__ */ new WeakMap(), _YargsInstance_emittedWarnings = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitProcess = /* @__PURE__ */ new WeakMap(), _YargsInstance_frozens = /* @__PURE__ */ new WeakMap(), _YargsInstance_globalMiddleware = /* @__PURE__ */ new WeakMap(), _YargsInstance_groups = /* @__PURE__ */ new WeakMap(), _YargsInstance_hasOutput = /* @__PURE__ */ new WeakMap(), _YargsInstance_helpOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_isGlobalContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_logger = /* @__PURE__ */ new WeakMap(), _YargsInstance_output = /* @__PURE__ */ new WeakMap(), _YargsInstance_options = /* @__PURE__ */ new WeakMap(), _YargsInstance_parentRequire = /* @__PURE__ */ new WeakMap(), _YargsInstance_parserConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseFn = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_pkgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_preservedGroups = /* @__PURE__ */ new WeakMap(), _YargsInstance_processArgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_recommendCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_shim = /* @__PURE__ */ new WeakMap(), _YargsInstance_strict = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictOptions = /* @__PURE__ */ new WeakMap(), _YargsInstance_usage = /* @__PURE__ */ new WeakMap(), _YargsInstance_usageConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_versionOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_validation = /* @__PURE__ */ new WeakMap(), kCopyDoubleDash)](argv2) {
    if (!argv2._ || !argv2["--"])
      return argv2;
    argv2._.push.apply(argv2._, argv2["--"]);
    try {
      delete argv2["--"];
    } catch (_err) {
    }
    return argv2;
  }
  [kCreateLogger]() {
    return {
      log: (...args) => {
        if (!this[kHasParseCallback]())
          console.log(...args);
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
          __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
        __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
      },
      error: (...args) => {
        if (!this[kHasParseCallback]())
          console.error(...args);
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
          __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
        __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
      }
    };
  }
  [kDeleteFromParserHintObject](optionKey) {
    objectKeys(__classPrivateFieldGet(this, _YargsInstance_options, "f")).forEach((hintKey) => {
      if (/* @__PURE__ */ ((key) => key === "configObjects")(hintKey))
        return;
      const hint = __classPrivateFieldGet(this, _YargsInstance_options, "f")[hintKey];
      if (Array.isArray(hint)) {
        if (hint.includes(optionKey))
          hint.splice(hint.indexOf(optionKey), 1);
      } else if (typeof hint === "object") {
        delete hint[optionKey];
      }
    });
    delete __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions()[optionKey];
  }
  [kEmitWarning](warning, type, deduplicationId) {
    if (!__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId]) {
      __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.emitWarning(warning, type);
      __classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId] = true;
    }
  }
  [kFreeze]() {
    __classPrivateFieldGet(this, _YargsInstance_frozens, "f").push({
      options: __classPrivateFieldGet(this, _YargsInstance_options, "f"),
      configObjects: __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects.slice(0),
      exitProcess: __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"),
      groups: __classPrivateFieldGet(this, _YargsInstance_groups, "f"),
      strict: __classPrivateFieldGet(this, _YargsInstance_strict, "f"),
      strictCommands: __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f"),
      strictOptions: __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f"),
      completionCommand: __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"),
      output: __classPrivateFieldGet(this, _YargsInstance_output, "f"),
      exitError: __classPrivateFieldGet(this, _YargsInstance_exitError, "f"),
      hasOutput: __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f"),
      parsed: this.parsed,
      parseFn: __classPrivateFieldGet(this, _YargsInstance_parseFn, "f"),
      parseContext: __classPrivateFieldGet(this, _YargsInstance_parseContext, "f")
    });
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_command, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").freeze();
  }
  [kGetDollarZero]() {
    let $0 = "";
    let default$0;
    if (/\b(node|iojs|electron|bun)(\.exe)?$/.test(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv()[0])) {
      default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(1, 2);
    } else {
      default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(0, 1);
    }
    $0 = default$0.map((x) => {
      const b = this[kRebase](__classPrivateFieldGet(this, _YargsInstance_cwd, "f"), x);
      return x.match(/^(\/|([a-zA-Z]:)?\\)/) && b.length < x.length ? b : x;
    }).join(" ").trim();
    if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_") && __classPrivateFieldGet(this, _YargsInstance_shim, "f").getProcessArgvBin() === __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_")) {
      $0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_").replace(`${__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.execPath())}/`, "");
    }
    return $0;
  }
  [kGetParserConfiguration]() {
    return __classPrivateFieldGet(this, _YargsInstance_parserConfig, "f");
  }
  [kGetUsageConfiguration]() {
    return __classPrivateFieldGet(this, _YargsInstance_usageConfig, "f");
  }
  [kGuessLocale]() {
    if (!__classPrivateFieldGet(this, _YargsInstance_detectLocale, "f"))
      return;
    const locale = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_ALL") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_MESSAGES") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANG") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANGUAGE") || "en_US";
    this.locale(locale.replace(/[.:].*/, ""));
  }
  [kGuessVersion]() {
    const obj = this[kPkgUp]();
    return obj.version || "unknown";
  }
  [kParsePositionalNumbers](argv2) {
    const args = argv2["--"] ? argv2["--"] : argv2._;
    for (let i = 0, arg; (arg = args[i]) !== void 0; i++) {
      if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.looksLikeNumber(arg) && Number.isSafeInteger(Math.floor(parseFloat(`${arg}`)))) {
        args[i] = Number(arg);
      }
    }
    return argv2;
  }
  [kPkgUp](rootPath) {
    const npath = rootPath || "*";
    if (__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath])
      return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
    let obj = {};
    try {
      let startDir = rootPath || __classPrivateFieldGet(this, _YargsInstance_shim, "f").mainFilename;
      if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.extname(startDir)) {
        startDir = __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(startDir);
      }
      const pkgJsonPath = __classPrivateFieldGet(this, _YargsInstance_shim, "f").findUp(startDir, (dir, names) => {
        if (names.includes("package.json")) {
          return "package.json";
        } else {
          return void 0;
        }
      });
      assertNotStrictEqual(pkgJsonPath, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      obj = JSON.parse(__classPrivateFieldGet(this, _YargsInstance_shim, "f").readFileSync(pkgJsonPath, "utf8"));
    } catch (_noop) {
    }
    __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath] = obj || {};
    return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
  }
  [kPopulateParserHintArray](type, keys) {
    keys = [].concat(keys);
    keys.forEach((key) => {
      key = this[kSanitizeKey](key);
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type].push(key);
    });
  }
  [kPopulateParserHintSingleValueDictionary](builder, type, key, value) {
    this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = value2;
    });
  }
  [kPopulateParserHintArrayDictionary](builder, type, key, value) {
    this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] || []).concat(value2);
    });
  }
  [kPopulateParserHintDictionary](builder, type, key, value, singleKeyHandler) {
    if (Array.isArray(key)) {
      key.forEach((k) => {
        builder(k, value);
      });
    } else if (/* @__PURE__ */ ((key2) => typeof key2 === "object")(key)) {
      for (const k of objectKeys(key)) {
        builder(k, key[k]);
      }
    } else {
      singleKeyHandler(type, this[kSanitizeKey](key), value);
    }
  }
  [kSanitizeKey](key) {
    if (key === "__proto__")
      return "___proto___";
    return key;
  }
  [kSetKey](key, set) {
    this[kPopulateParserHintSingleValueDictionary](this[kSetKey].bind(this), "key", key, set);
    return this;
  }
  [kUnfreeze]() {
    var _a2, _b2, _c2, _d, _e, _f, _g, _h, _j, _k, _l, _m;
    const frozen = __classPrivateFieldGet(this, _YargsInstance_frozens, "f").pop();
    assertNotStrictEqual(frozen, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
    let configObjects;
    _a2 = this, _b2 = this, _c2 = this, _d = this, _e = this, _f = this, _g = this, _h = this, _j = this, _k = this, _l = this, _m = this, {
      options: { set value(_o) {
        __classPrivateFieldSet(_a2, _YargsInstance_options, _o, "f");
      } }.value,
      configObjects,
      exitProcess: { set value(_o) {
        __classPrivateFieldSet(_b2, _YargsInstance_exitProcess, _o, "f");
      } }.value,
      groups: { set value(_o) {
        __classPrivateFieldSet(_c2, _YargsInstance_groups, _o, "f");
      } }.value,
      output: { set value(_o) {
        __classPrivateFieldSet(_d, _YargsInstance_output, _o, "f");
      } }.value,
      exitError: { set value(_o) {
        __classPrivateFieldSet(_e, _YargsInstance_exitError, _o, "f");
      } }.value,
      hasOutput: { set value(_o) {
        __classPrivateFieldSet(_f, _YargsInstance_hasOutput, _o, "f");
      } }.value,
      parsed: this.parsed,
      strict: { set value(_o) {
        __classPrivateFieldSet(_g, _YargsInstance_strict, _o, "f");
      } }.value,
      strictCommands: { set value(_o) {
        __classPrivateFieldSet(_h, _YargsInstance_strictCommands, _o, "f");
      } }.value,
      strictOptions: { set value(_o) {
        __classPrivateFieldSet(_j, _YargsInstance_strictOptions, _o, "f");
      } }.value,
      completionCommand: { set value(_o) {
        __classPrivateFieldSet(_k, _YargsInstance_completionCommand, _o, "f");
      } }.value,
      parseFn: { set value(_o) {
        __classPrivateFieldSet(_l, _YargsInstance_parseFn, _o, "f");
      } }.value,
      parseContext: { set value(_o) {
        __classPrivateFieldSet(_m, _YargsInstance_parseContext, _o, "f");
      } }.value
    } = frozen;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = configObjects;
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_command, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").unfreeze();
  }
  [kValidateAsync](validation2, argv2) {
    return maybeAsyncResult(argv2, (result) => {
      validation2(result);
      return result;
    });
  }
  getInternalMethods() {
    return {
      getCommandInstance: this[kGetCommandInstance].bind(this),
      getContext: this[kGetContext].bind(this),
      getHasOutput: this[kGetHasOutput].bind(this),
      getLoggerInstance: this[kGetLoggerInstance].bind(this),
      getParseContext: this[kGetParseContext].bind(this),
      getParserConfiguration: this[kGetParserConfiguration].bind(this),
      getUsageConfiguration: this[kGetUsageConfiguration].bind(this),
      getUsageInstance: this[kGetUsageInstance].bind(this),
      getValidationInstance: this[kGetValidationInstance].bind(this),
      hasParseCallback: this[kHasParseCallback].bind(this),
      isGlobalContext: this[kIsGlobalContext].bind(this),
      postProcess: this[kPostProcess].bind(this),
      reset: this[kReset].bind(this),
      runValidation: this[kRunValidation].bind(this),
      runYargsParserAndExecuteCommands: this[kRunYargsParserAndExecuteCommands].bind(this),
      setHasOutput: this[kSetHasOutput].bind(this)
    };
  }
  [kGetCommandInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_command, "f");
  }
  [kGetContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_context, "f");
  }
  [kGetHasOutput]() {
    return __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f");
  }
  [kGetLoggerInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_logger, "f");
  }
  [kGetParseContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_parseContext, "f") || {};
  }
  [kGetUsageInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_usage, "f");
  }
  [kGetValidationInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_validation, "f");
  }
  [kHasParseCallback]() {
    return !!__classPrivateFieldGet(this, _YargsInstance_parseFn, "f");
  }
  [kIsGlobalContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_isGlobalContext, "f");
  }
  [kPostProcess](argv2, populateDoubleDash, calledFromCommand, runGlobalMiddleware) {
    if (calledFromCommand)
      return argv2;
    if (isPromise(argv2))
      return argv2;
    if (!populateDoubleDash) {
      argv2 = this[kCopyDoubleDash](argv2);
    }
    const parsePositionalNumbers = this[kGetParserConfiguration]()["parse-positional-numbers"] || this[kGetParserConfiguration]()["parse-positional-numbers"] === void 0;
    if (parsePositionalNumbers) {
      argv2 = this[kParsePositionalNumbers](argv2);
    }
    if (runGlobalMiddleware) {
      argv2 = applyMiddleware(argv2, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
    }
    return argv2;
  }
  [kReset](aliases = {}) {
    __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f") || {}, "f");
    const tmpOptions = {};
    tmpOptions.local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local || [];
    tmpOptions.configObjects = __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || [];
    const localLookup = {};
    tmpOptions.local.forEach((l) => {
      localLookup[l] = true;
      (aliases[l] || []).forEach((a) => {
        localLookup[a] = true;
      });
    });
    Object.assign(__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"), Object.keys(__classPrivateFieldGet(this, _YargsInstance_groups, "f")).reduce((acc, groupName) => {
      const keys = __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName].filter((key) => !(key in localLookup));
      if (keys.length > 0) {
        acc[groupName] = keys;
      }
      return acc;
    }, {}));
    __classPrivateFieldSet(this, _YargsInstance_groups, {}, "f");
    const arrayOptions = [
      "array",
      "boolean",
      "string",
      "skipValidation",
      "count",
      "normalize",
      "number",
      "hiddenOptions"
    ];
    const objectOptions = [
      "narg",
      "key",
      "alias",
      "default",
      "defaultDescription",
      "config",
      "choices",
      "demandedOptions",
      "demandedCommands",
      "deprecatedOptions"
    ];
    arrayOptions.forEach((k) => {
      tmpOptions[k] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[k] || []).filter((k2) => !localLookup[k2]);
    });
    objectOptions.forEach((k) => {
      tmpOptions[k] = objFilter(__classPrivateFieldGet(this, _YargsInstance_options, "f")[k], (k2) => !localLookup[k2]);
    });
    tmpOptions.envPrefix = __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
    __classPrivateFieldSet(this, _YargsInstance_options, tmpOptions, "f");
    __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f") ? __classPrivateFieldGet(this, _YargsInstance_usage, "f").reset(localLookup) : usage(this, __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f") ? __classPrivateFieldGet(this, _YargsInstance_validation, "f").reset(localLookup) : validation(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f") ? __classPrivateFieldGet(this, _YargsInstance_command, "f").reset() : command(__classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_validation, "f"), __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_completion, "f"))
      __classPrivateFieldSet(this, _YargsInstance_completion, completion(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_command, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").reset();
    __classPrivateFieldSet(this, _YargsInstance_completionCommand, null, "f");
    __classPrivateFieldSet(this, _YargsInstance_output, "", "f");
    __classPrivateFieldSet(this, _YargsInstance_exitError, null, "f");
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, false, "f");
    this.parsed = false;
    return this;
  }
  [kRebase](base, dir) {
    return __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.relative(base, dir);
  }
  [kRunYargsParserAndExecuteCommands](args, shortCircuit, calledFromCommand, commandIndex = 0, helpOnly = false) {
    var _a2, _b2, _c2, _d;
    let skipValidation = !!calledFromCommand || helpOnly;
    args = args || __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
    __classPrivateFieldGet(this, _YargsInstance_options, "f").__ = __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration = this[kGetParserConfiguration]();
    const populateDoubleDash = !!__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration["populate--"];
    const config = Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration, {
      "populate--": true
    });
    const parsed = __classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.detailed(args, Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f"), {
      configuration: { "parse-positional-numbers": false, ...config }
    }));
    const argv2 = Object.assign(parsed.argv, __classPrivateFieldGet(this, _YargsInstance_parseContext, "f"));
    let argvPromise = void 0;
    const aliases = parsed.aliases;
    let helpOptSet = false;
    let versionOptSet = false;
    Object.keys(argv2).forEach((key) => {
      if (key === __classPrivateFieldGet(this, _YargsInstance_helpOpt, "f") && argv2[key]) {
        helpOptSet = true;
      } else if (key === __classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && argv2[key]) {
        versionOptSet = true;
      }
    });
    argv2.$0 = this.$0;
    this.parsed = parsed;
    if (commandIndex === 0) {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").clearCachedHelpMessage();
    }
    try {
      this[kGuessLocale]();
      if (shortCircuit) {
        return this[kPostProcess](argv2, populateDoubleDash, !!calledFromCommand, false);
      }
      if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
        const helpCmds = [__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")].concat(aliases[__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")] || []).filter((k) => k.length > 1);
        if (helpCmds.includes("" + argv2._[argv2._.length - 1])) {
          argv2._.pop();
          helpOptSet = true;
        }
      }
      __classPrivateFieldSet(this, _YargsInstance_isGlobalContext, false, "f");
      const handlerKeys = __classPrivateFieldGet(this, _YargsInstance_command, "f").getCommands();
      const requestCompletions = ((_a2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _a2 === void 0 ? void 0 : _a2.completionKey) ? [
        (_b2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _b2 === void 0 ? void 0 : _b2.completionKey,
        ...(_d = this.getAliases()[(_c2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _c2 === void 0 ? void 0 : _c2.completionKey]) !== null && _d !== void 0 ? _d : []
      ].some((key) => Object.prototype.hasOwnProperty.call(argv2, key)) : false;
      const skipRecommendation = helpOptSet || requestCompletions || helpOnly;
      if (argv2._.length) {
        if (handlerKeys.length) {
          let firstUnknownCommand;
          for (let i = commandIndex || 0, cmd; argv2._[i] !== void 0; i++) {
            cmd = String(argv2._[i]);
            if (handlerKeys.includes(cmd) && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
              const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(cmd, this, parsed, i + 1, helpOnly, helpOptSet || versionOptSet || helpOnly);
              return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
            } else if (!firstUnknownCommand && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
              firstUnknownCommand = cmd;
              break;
            }
          }
          if (!__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && __classPrivateFieldGet(this, _YargsInstance_recommendCommands, "f") && firstUnknownCommand && !skipRecommendation) {
            __classPrivateFieldGet(this, _YargsInstance_validation, "f").recommendCommands(firstUnknownCommand, handlerKeys);
          }
        }
        if (__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") && argv2._.includes(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) && !requestCompletions) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          this.showCompletionScript();
          this.exit(0);
        }
      }
      if (__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && !skipRecommendation) {
        const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(null, this, parsed, 0, helpOnly, helpOptSet || versionOptSet || helpOnly);
        return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
      }
      if (requestCompletions) {
        if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
          setBlocking(true);
        args = [].concat(args);
        const completionArgs = args.slice(args.indexOf(`--${__classPrivateFieldGet(this, _YargsInstance_completion, "f").completionKey}`) + 1);
        __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(completionArgs, (err, completions) => {
          if (err)
            throw new YError(err.message);
          (completions || []).forEach((completion2) => {
            __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(completion2);
          });
          this.exit(0);
        });
        return this[kPostProcess](argv2, !populateDoubleDash, !!calledFromCommand, false);
      }
      if (!__classPrivateFieldGet(this, _YargsInstance_hasOutput, "f")) {
        if (helpOptSet) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          skipValidation = true;
          this.showHelp((message) => {
            __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(message);
            this.exit(0);
          });
        } else if (versionOptSet) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          skipValidation = true;
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion("log");
          this.exit(0);
        }
      }
      if (!skipValidation && __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.length > 0) {
        skipValidation = Object.keys(argv2).some((key) => __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.indexOf(key) >= 0 && argv2[key] === true);
      }
      if (!skipValidation) {
        if (parsed.error)
          throw new YError(parsed.error.message);
        if (!requestCompletions) {
          const validation2 = this[kRunValidation](aliases, {}, parsed.error);
          if (!calledFromCommand) {
            argvPromise = applyMiddleware(argv2, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), true);
          }
          argvPromise = this[kValidateAsync](validation2, argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv2);
          if (isPromise(argvPromise) && !calledFromCommand) {
            argvPromise = argvPromise.then(() => {
              return applyMiddleware(argv2, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
            });
          }
        }
      }
    } catch (err) {
      if (err instanceof YError)
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message, err);
      else
        throw err;
    }
    return this[kPostProcess](argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv2, populateDoubleDash, !!calledFromCommand, true);
  }
  [kRunValidation](aliases, positionalMap, parseErrors, isDefaultCommand) {
    const demandedOptions = { ...this.getDemandedOptions() };
    return (argv2) => {
      if (parseErrors)
        throw new YError(parseErrors.message);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").nonOptionCount(argv2);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").requiredArguments(argv2, demandedOptions);
      let failedStrictCommands = false;
      if (__classPrivateFieldGet(this, _YargsInstance_strictCommands, "f")) {
        failedStrictCommands = __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownCommands(argv2);
      }
      if (__classPrivateFieldGet(this, _YargsInstance_strict, "f") && !failedStrictCommands) {
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv2, aliases, positionalMap, !!isDefaultCommand);
      } else if (__classPrivateFieldGet(this, _YargsInstance_strictOptions, "f")) {
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv2, aliases, {}, false, false);
      }
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").limitedChoices(argv2);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").implications(argv2);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicting(argv2);
    };
  }
  [kSetHasOutput]() {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
  }
  [kTrackManuallySetKeys](keys) {
    if (typeof keys === "string") {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").key[keys] = true;
    } else {
      for (const k of keys) {
        __classPrivateFieldGet(this, _YargsInstance_options, "f").key[k] = true;
      }
    }
  }
};
function isYargsInstance(y) {
  return !!y && typeof y.getInternalMethods === "function";
}

// node_modules/yargs/index.mjs
var Yargs = YargsFactory(esm_default);
var yargs_default = Yargs;

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
var EXIT_USAGE = 64;
var UsageError = class extends SwaysockError {
  constructor(message) {
    super("ERR_SWAYSOCK_USAGE", message);
    this.name = "UsageError";
  }
};
function resolveRuntimeDir(explicit, env2 = process.env) {
  const dir = explicit ?? env2.XDG_RUNTIME_DIR;
  if (!dir) throw new UsageError("XDG_RUNTIME_DIR is not set; pass --runtime-dir DIR");
  return dir;
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
    throw new SwaysockError("ERR_SWAYSOCK_LISTEN_ADDRESS", `--metrics-listen needs ADDRESS:PORT with a literal IP address (e.g. 127.0.0.1:9101 or [::1]:9101), not '${text}'`);
  }
  if (!allowRemote && !isLoopback(address)) throw new SwaysockError("ERR_SWAYSOCK_LISTEN_ADDRESS", `--metrics-listen ${text} is not a loopback address; add --metrics-allow-remote to serve metrics to other hosts`);
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
  await new Promise((resolve5, reject) => {
    server.once("error", reject);
    server.listen(address.port, address.host, () => {
      server.off("error", reject);
      resolve5();
    });
  });
  return server;
}

// ts/paths/paths.ts
import { isAbsolute, join as join2 } from "node:path";
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
function defaultDaemonSocket(runtimeDir2) {
  return join2(runtimeDir2, RUNTIME_FILES.daemonSocket);
}
function defaultStableSocket(runtimeDir2) {
  return join2(runtimeDir2, RUNTIME_FILES.stableSocket);
}
function historyDir(env2) {
  const fromSystemd = env2.STATE_DIRECTORY?.split(":")[0];
  if (fromSystemd && isAbsolute(fromSystemd)) return fromSystemd;
  return historyDirs(env2)[0] ?? null;
}
function historyDirs(env2) {
  const home = env2.HOME && isAbsolute(env2.HOME) ? env2.HOME : null;
  const base = (value, fallback) => value && isAbsolute(value) ? value : home === null ? null : join2(home, fallback);
  return [base(env2.XDG_STATE_HOME, ".local/state"), base(env2.XDG_CONFIG_HOME, ".config")].filter((d) => d !== null).map((d) => join2(d, STATE_DIRECTORY_NAME));
}

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
  return new Promise((resolve5, reject) => {
    const socket = connect({ path, allowHalfOpen });
    const fail = (code, cause) => {
      clearTimeout(timer);
      socket.removeListener("connect", onConnect);
      socket.removeListener("error", onError);
      socket.on("error", () => {
      });
      socket.destroy();
      reject(new ConnectError(path, code, { cause }));
    };
    const onError = (err) => fail(err.code ?? "EUNKNOWN", err);
    const onConnect = () => {
      clearTimeout(timer);
      socket.removeListener("error", onError);
      resolve5(socket);
    };
    const timer = setTimeout(() => fail("ETIMEDOUT"), timeoutMs);
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
    const outcome = new Promise((resolve5) => entry.resolve = resolve5);
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
        throw new IpcProtocolError("ERR_SWAYSOCK_IPC_BAD_MAGIC", `bad IPC magic ${JSON.stringify(buf.toString("latin1", offset, offset + 6))}, expected "i3-ipc"`);
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
  /** Open and waiting connections, and the totals; `path` is the socket's, for the report. */
  status(path) {
    return { path, connections: this.pairs.size, waiting: this.waiting.size, counters: { ...this.counters } };
  }
  /** A relayed connection got bytes from Sway: Sway is running its loop, so queued connects retry now. */
  swayAnswered = () => this.connector.retryNow();
  /** Tells waiting clients that the target may have changed. */
  targetChanged() {
    this.connector.retryNow();
    for (const wake of [...this.changeWaiters]) wake();
  }
  /** Stops accepting, closes every pair (full closes) and every waiting client (EOF). */
  close() {
    this.closed = true;
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
      const left2 = deadline - Date.now();
      if (left2 <= 0 || waiter.gone || this.closed) return null;
      if (!counted) this.counters.waited_for_sway += 1;
      counted = true;
      await this.nextChange(waiter, left2);
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
  /** Resolves at the monitor's next change, when `waiter` goes, or after `ms`. */
  nextChange(waiter, ms) {
    return new Promise((resolve5) => {
      const wake = () => {
        clearTimeout(timer);
        this.changeWaiters.delete(wake);
        forget();
        resolve5();
      };
      const timer = setTimeout(wake, ms);
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
    lint: "biome lint . && npm run lint:deps",
    "lint:deps": "depcruise ts tests bench scripts --config .dependency-cruiser.cjs",
    format: "biome format --write .",
    test: "npm run lint && tsc --noEmit -p . && node scripts/build.mjs --check && tap",
    "test:unit": "tap tests/unit",
    "test:integration": "tap tests/integration",
    "test:system": "tap tests/system",
    "test:nix": "tap tests/nix",
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
import { basename as basename3 } from "node:path";
import { performance } from "node:perf_hooks";

// ts/discovery/discover.ts
import { readdir } from "node:fs/promises";
import { join as join4 } from "node:path";

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
    return new Promise((resolve5, reject) => {
      const pending = { type, resolve: resolve5, reject, timer: null, settled: false };
      if (timeoutMs > 0) {
        pending.timer = setTimeout(() => {
          pending.settled = true;
          reject(new IpcTimeoutError(type, timeoutMs));
        }, timeoutMs);
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
      if (pending.timer) clearTimeout(pending.timer);
      pending.resolve(frame);
    }
  }
  shutdown(reason) {
    if (this.closedReason !== void 0) return;
    this.closedReason = reason;
    this.socket.destroy();
    for (const pending of this.queue.splice(0)) {
      if (pending.timer) clearTimeout(pending.timer);
      if (!pending.settled) {
        pending.settled = true;
        pending.reject(new IpcClosedError(`IPC connection ${this.path} closed before the reply`, { cause: reason }));
      }
    }
    this.emit("close", reason);
  }
};

// ts/liveness/probe.ts
import { lstatSync, statSync as statSync3 } from "node:fs";
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
    const [sa, sb] = [statSync3(a), statSync3(b)];
    return sameIdentity(sa, sb);
  } catch {
    return false;
  }
}

// ts/liveness/proc.ts
import { readFileSync as readFileSync4, readlinkSync, readdirSync as readdirSync3, statSync as statSync4 } from "node:fs";
import { basename as basename2, join as join3 } from "node:path";
var SWAY_PROCESS_NAMES = /* @__PURE__ */ new Set(["sway", ".sway-wrapped"]);
function readProcStat(pid, procRoot = "/proc") {
  const dir = join3(procRoot, String(pid));
  if (statSync4(dir, { throwIfNoEntry: false }) === void 0) return null;
  let text;
  try {
    text = readFileSync4(join3(dir, "stat"), "utf8");
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
    if (SWAY_PROCESS_NAMES.has(basename2(readlinkSync(join3(procRoot, String(pid), "exe"))))) return "sway";
  } catch {
  }
  return "other";
}
function waylandDisplaysOf(pid, runtimeDir2, procRoot = "/proc") {
  const displays = [];
  let fds;
  try {
    fds = readdirSync3(join3(procRoot, String(pid), "fd"));
  } catch {
    return displays;
  }
  const prefix = join3(runtimeDir2, "wayland-");
  for (const fd of fds) {
    let target;
    try {
      target = readlinkSync(join3(procRoot, String(pid), "fd", fd));
    } catch {
      continue;
    }
    if (target.startsWith(prefix) && target.endsWith(".lock")) displays.push(basename2(target, ".lock"));
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
  return names.filter((n) => parseSwaySocketName(n)?.uid === uid).map((n) => join4(dir, n));
}
async function stableSockets(runtimeDir2, uid, extra = []) {
  const atDefault = await inspectSocketFile(defaultStableSocket(runtimeDir2), uid);
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
  const bySwaysock = pick(candidates.find((c) => c.path === swaysock), "swaysock");
  if (bySwaysock) return bySwaysock;
  if (candidates.length === 1) return pick(candidates[0], "only");
  const byManager = managerSock !== null ? pick(candidates.find((c) => c.path === managerSock), "manager-swaysock") : null;
  if (byManager) return byManager;
  const display = options.waylandDisplay || managerEnv?.WAYLAND_DISPLAY;
  const holders = display ? candidates.filter((c) => c.waylandDisplays.includes(display)) : [];
  if (holders.length === 1) return pick(holders[0], "wayland-display");
  return { chosen: candidates[0], candidates, decidedBy: "newest", ambiguous: true };
}

// ts/history/store.ts
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync as readFileSync5, readSync, renameSync, writeSync } from "node:fs";
import { join as join5 } from "node:path";

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
  const live = join5(dir, HISTORY_FILE);
  return [...Array.from({ length: keep }, (_, i) => `${live}.${keep - i}`), live];
}
function readHistory(dir, keep = DEFAULT_KEEP) {
  const out = { records: [], skipped: [] };
  for (const file of historyFiles(dir, keep)) {
    let text;
    try {
      text = readFileSync5(file, "utf8");
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
    return this.fd === null || this.options.dir === null ? null : join5(this.options.dir, HISTORY_FILE);
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
      if (skipped.length > 0) log2("warning", `skipped ${skipped.length} unreadable line(s) of the health history (${skipped.slice(0, 3).join(", ")}${skipped.length > 3 ? ", ..." : ""}); a torn last line is what a power loss leaves`);
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
    this.fd = openSync(join5(dir, HISTORY_FILE), "a+", 384);
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
  const { connection, env: env2 } = input;
  if (env2 === null) return { kind: "keep" };
  const named = socketVariable(env2.SWAYSOCK);
  const stable = input.stableSocket;
  const right2 = connection !== null && named === connection.path || named !== null && stable !== void 0 && sameSocketFile(named, stable);
  if (right2) {
    if (env2.I3SOCK === named) return { kind: "keep" };
    return { kind: "set", vars: { I3SOCK: named }, message: `I3SOCK=${named} (was ${env2.I3SOCK || "unset"})` };
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
      this.watcher.on("error", (err) => this.options.log("warning", `watching ${this.options.runtimeDir} failed (${err.message}); reconnecting by polling only`));
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
    const env2 = this.env.current;
    const envSwaysock = socketVariable(env2?.SWAYSOCK);
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
      environment_matches: connected && env2 !== null ? envSwaysock === s.path || envSwaysock !== null && envSwaysock === this.options.stableSocketPath : null
    };
  }
  /**
   * After each read: the health may show a new `SWAYSOCK`, and the environment is acted on;
   * neither when the block is the very one the connection in use was last found right with
   * (a read every interval finds it so nearly always).
   */
  onRefreshed = (env2) => {
    if (this.settled !== null && this.settled.state === this.state && this.settled.env === env2) return;
    this.emitIfChanged();
    void this.reconcile();
  };
  onDirectoryEvent(name) {
    if (this.state.kind === "connected" || this.stopped) return;
    const entry = name === null ? null : String(name);
    const named = socketVariable(this.env.current?.SWAYSOCK);
    if (entry !== null && parseSwaySocketName(entry)?.uid !== this.uid) {
      if (named !== null && basename3(named) === entry) this.scheduleConnect(0);
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
    const env2 = this.env.current;
    return discoverSway({
      runtimeDir: this.options.runtimeDir,
      uid: this.uid,
      swaySocket: this.options.swaySocket,
      swaysock: env2 === null ? this.options.ownSwaysock : null,
      managerEnv: env2,
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
    const env2 = this.env.current;
    const plan = await planEnvironment({
      connection: s.kind === "connected" ? s : null,
      disconnectedForMs: s.kind === "connected" ? 0 : performance.now() - s.since,
      env: env2,
      graceMs: this.options.unsetGraceMs ?? DEFAULT_UNSET_GRACE_MS,
      probe: (path) => validateSwaySocket(path, this.uid, this.options.validationTimeoutMs, this.options.exclude),
      stableSocket: this.options.stableSocketPath
    });
    if (this.state !== s || this.stopped) return;
    if (plan.kind !== "follow") this.pending = null;
    this.settled = plan.kind === "keep" && s.kind === "connected" ? { state: s, env: env2 } : null;
    switch (plan.kind) {
      case "keep":
        return;
      case "follow": {
        if (this.options.swaySocket !== void 0) return;
        const path = plan.candidate.path;
        if (s.kind === "disconnected") return this.scheduleConnect(0);
        if (this.pending?.path !== path) {
          this.pending = { path, since: performance.now() };
          this.options.log("notice", `the user manager's SWAYSOCK names another live Sway, ${path}; moving there if it still does in ${SWITCH_HOLD_INTERVALS} intervals`);
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
    const signature = JSON.stringify([h.status, h.socket_path, h.reconnection_count, h.sway_pid, h.sway_version, h.environment_swaysock, h.environment_matches]);
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
    return { type: "validation_summary", time: new Date(now).toISOString(), cause: "summary", period_seconds: Math.round(period * 1e3) / 1e3, count, failures, latency_ms: latency };
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
    this.inFlight ??= this.access.read().then((env2) => {
      this.inFlight = null;
      this.value = env2;
      this.reads += 1;
      this.readAt = performance2.now();
      this.emit("refreshed", env2);
      return env2;
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
    socket.on("error", (err) => this.lost(new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", `the D-Bus connection to ${printable(address.path)} failed (${err.code ?? err.message})`, void 0, { cause: err })));
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
        this.lost(new DBusError("ERR_SWAYSOCK_DBUS_REPLY", `${printable(this.address.path)} sent a message that cannot be decoded (${err.message})`, void 0, { cause: err }));
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
    clearTimeout(p.timer);
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
    return new Promise((resolve5, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(serial);
        reject(new DBusError("ERR_SWAYSOCK_DBUS_TIMEOUT", `${what}: no reply from ${printable(this.address.path)} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(serial, { resolve: resolve5, reject, timer, what, encoded: call instanceof EncodedCall ? encoded : void 0 });
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
      clearTimeout(p.timer);
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
    clearTimeout(p.timer);
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
  return new Promise((resolve5, reject) => {
    let received = Buffer.alloc(0);
    const finish = (err) => {
      clearTimeout(timer);
      socket.off("close", onClose);
      socket.off("readable", onReadable);
      if (err) reject(err);
      else resolve5();
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
      if (!line.startsWith("OK ")) return finish(new DBusError("ERR_SWAYSOCK_DBUS_AUTH", `${printable(path)} refused EXTERNAL authentication as UID ${uid}: ${line}`));
      if (rest.length > 0) socket.unshift(rest);
      finish(null);
    };
    const timer = setTimeout(() => finish(new DBusError("ERR_SWAYSOCK_DBUS_TIMEOUT", `no authentication from ${printable(path)} within ${timeoutMs} ms`)), timeoutMs);
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
import { join as join6 } from "node:path";
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
  if (!Array.isArray(variant) || !Array.isArray(variant[1]) || variant[1].length !== 1) throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", `${what}: the reply is not a variant`);
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
    const body = await this.call({ path: unitObjectPath(unit), interface: PROPERTIES, member: "Get", signature: "ss", body: ["org.freedesktop.systemd1.Unit", "ActiveState"] }, timeoutMs);
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
    this.environmentCall ??= this.connection.encode({ ...MANAGER, interface: PROPERTIES, member: "Get", signature: "ss", body: [MANAGER.interface, "Environment"] });
    const body = await this.connection.call(this.environmentCall, timeoutMs);
    const value = variantValue(body, "Environment");
    if (!Array.isArray(value)) throw new DBusError("ERR_SWAYSOCK_DBUS_REPLY", "Environment: not an array");
    const entries = value;
    const last = this.lastEnvironment;
    if (last !== null && last.entries.length === entries.length && entries.every((e, i) => e === last.entries[i])) return last.env;
    const env2 = {};
    for (const entry of entries) {
      const eq = entry.indexOf("=");
      if (eq > 0) env2[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    this.lastEnvironment = { entries, env: env2 };
    return env2;
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
    const left2 = () => Math.max(1, deadline - Date.now());
    await this.watchJobs(left2());
    let job;
    this.startsInFlight++;
    try {
      [job] = await this.call({ ...MANAGER, member: "StartUnit", signature: "ss", body: [unit, mode] }, left2());
    } finally {
      if (--this.startsInFlight === 0) queueMicrotask(() => this.startsInFlight === 0 && this.removedJobs.clear());
    }
    const result = await this.jobResult(job, unit, left2());
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
      this.connection.addMatch(`type='signal',sender='${SYSTEMD.destination}',path='${SYSTEMD.path}',interface='${MANAGER.interface}',member='JobRemoved'`, timeoutMs),
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
    return new Promise((resolve5, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.jobWaiters.delete(job);
        unClose();
      };
      const timer = setTimeout(() => {
        done();
        reject(new DBusError("ERR_SWAYSOCK_DBUS_TIMEOUT", `job ${job} for ${unit} did not finish within ${timeoutMs} ms`));
      }, timeoutMs);
      const unClose = this.connection.onClose((reason) => {
        done();
        reject(new DBusError("ERR_SWAYSOCK_DBUS_CLOSED", `waiting for the job for ${unit}: ${reason.message}`, void 0, { cause: reason }));
      });
      this.jobWaiters.set(job, (result) => {
        done();
        resolve5(result);
      });
    });
  }
  /** Closes the connection. Idempotent. */
  close() {
    this.connection.close();
  }
};
function sessionBusAddress(env2, runtimeDir2) {
  return env2.DBUS_SESSION_BUS_ADDRESS ? parseBusAddress(env2.DBUS_SESSION_BUS_ADDRESS) : { path: join6(runtimeDir2, "bus"), bus: true };
}
async function connectManager(env2, runtimeDir2, timeoutMs = CALL_TIMEOUT_MS, first = "private") {
  const second = first === "private" ? "bus" : "private";
  const place = (route) => route === "private" ? "its private socket" : "the session bus";
  try {
    return await connectManagerVia(first, env2, runtimeDir2, timeoutMs);
  } catch (firstErr) {
    try {
      return await connectManagerVia(second, env2, runtimeDir2, timeoutMs);
    } catch (secondErr) {
      const e = secondErr;
      throw new DBusError(e.code, `cannot reach the systemd user manager: ${place(first)}: ${firstErr.message}; ${place(second)}: ${e.message}`, e.dbusName, { cause: secondErr });
    }
  }
}
async function connectManagerVia(route, env2, runtimeDir2, timeoutMs = CALL_TIMEOUT_MS) {
  const address = route === "private" ? { path: join6(runtimeDir2, "systemd", "private"), bus: false } : sessionBusAddress(env2, runtimeDir2);
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
    void this.connecting?.then((m) => m.close(), () => void 0);
  }
  /**
   * Runs `op` with the connection and what is left of the deadline (ms), and once more when the
   * first run failed in a way another may not ({@link retryFor}).
   */
  async withManager(op) {
    const deadline = performance3.now() + this.timeoutMs;
    const left2 = () => Math.max(1, deadline - performance3.now());
    for (let attempt = 1; ; attempt++) {
      const manager = await this.connected(left2());
      try {
        return await op(manager, left2());
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
      return Promise.reject(new DBusError("ERR_SWAYSOCK_DBUS_CONNECT", `no user manager answered; trying again in ${Math.ceil((this.retryAt - performance3.now()) / 1e3)} s`));
    }
    const { env: env2, runtimeDir: runtimeDir2, log: log2 } = this.options;
    this.connecting ??= connectManager(env2, runtimeDir2, timeoutMs / 2, this.first).then(
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
function listenFdsWithNames(env2 = process.env, pid = process.pid) {
  const forUs = env2.LISTEN_PID !== void 0 && Number(env2.LISTEN_PID) === pid;
  const count = forUs ? Number(env2.LISTEN_FDS) : 0;
  const names = forUs && env2.LISTEN_FDNAMES !== void 0 ? env2.LISTEN_FDNAMES.split(":") : [];
  delete env2.LISTEN_PID;
  delete env2.LISTEN_FDS;
  delete env2.LISTEN_FDNAMES;
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
import { dirname as dirname3 } from "node:path";

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
    ensurePrivateDir(dirname3(path), uid);
  } catch (err) {
    if (!hasCode(err, "ERR_SWAYSOCK_UNSAFE_DIRECTORY")) throw err;
    throw new SocketPathError(`${err.problem}; refusing to serve there${err.fix === null ? "" : ` (${err.fix})`}`);
  }
  const existing = await lstat(path).catch((err) => err.code === "ENOENT" ? null : Promise.reject(err));
  if (existing === null) return false;
  if (!existing.isSocket()) throw new SocketPathError(`${path} exists and is not a socket; refusing to replace it`);
  const probe = await probeSocket(path);
  if (probe.kind === "listening") throw new SocketPathError(`a live swaysock-healthd already serves ${path}`);
  if (probe.kind !== "refused" && probe.kind !== "absent") throw new SocketPathError(`cannot tell whether ${path} is in use (${probe.code}); refusing to replace it`);
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
      checkPrivateDir(dirname3(path), uid);
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
    await new Promise((resolve5, reject) => {
      server.once("error", reject);
      server.listen(path, () => {
        server.off("error", reject);
        resolve5();
      });
    });
  } finally {
    process.umask(previous);
  }
  await chmod(path, 384);
}
function listenOnActivatedFd(server, fd = SD_LISTEN_FDS_START) {
  return new Promise((resolve5, reject) => {
    server.once("error", reject);
    server.listen({ fd }, () => {
      server.off("error", reject);
      resolve5();
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
  constructor(log2, env2 = process.env, settleMs = STATUS_SETTLE_MS) {
    this.log = log2;
    this.env = env2;
    this.settleMs = settleMs;
    this.enabled = Boolean(env2.NOTIFY_SOCKET);
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
    let resolve5;
    const done = new Promise((r) => resolve5 = r);
    const timer = setTimeout(() => {
      const settled = this.settling;
      this.settling = null;
      void this.enqueue(() => ({ STATUS: settled.text })).then(settled.resolve);
    }, this.settleMs);
    timer.unref();
    this.settling = { text, timer, done, resolve: resolve5 };
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
      () => new Promise((resolve5) => {
        if (this.closed) return resolve5();
        const args = Object.entries(fields()).map(([k, v]) => `${k}=${v.replace(/\n/g, " ")}`);
        this.running = execFile(SYSTEMD_NOTIFY, args, { env: this.env, timeout: 5e3 }, (err) => {
          this.running = null;
          if (err && !this.closed) this.log("warning", `systemd-notify ${args.join(" ")} failed: ${err.message}`);
          resolve5();
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
function describeErrors(validate2) {
  return (validate2.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`).join("; ");
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
    Object.keys(handlers).map((method) => [method, { params: paramsValidator(method), handler: handlers[method] }])
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
  return errorResponse(idOf(value), RpcErrorCode.ANSWER_TOO_LARGE, `the answers to this line reached ${maxAnswerBytes} bytes; request not run, send fewer per batch`);
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
      const { json, bytes } = parts.history.queryJson({ limit, sinceMs: since === void 0 ? void 0 : Date.parse(since), types: types ?? ["status"], maxBytes: MAX_EVENTS_ANSWER_BYTES });
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
      this.endWith(socket, `${JSON.stringify({ jsonrpc: "2.0", id: null, error: { code: RpcErrorCode.TOO_MANY_CLIENTS, message: `too many clients (at most ${this.options.maxClients})` } })}
`);
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
    const error = { jsonrpc: "2.0", id: null, error: { code: RpcErrorCode.INVALID_REQUEST, message: `request line exceeds ${this.maxLineBytes} bytes; closing the connection` } };
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
  const monitor = new HealthMonitor({ ...options.monitor, exclude: stable ? [stable.identity] : void 0, stableSocketPath: stable?.path, environment, history, log: log2 });
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
  const failed = new Promise((resolve5) => reportFailure = resolve5);
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
function stderrIsJournal(env2 = process.env) {
  const stream = env2.JOURNAL_STREAM;
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

// ts/bin/swaysock-healthd.ts
var log = createLogger();
var stopRequested = null;
var daemon = null;
var stopOn = (signal) => {
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
var argv = await yargs_default(hideBin(process.argv)).scriptName("swaysock-healthd").usage("$0 [options]\n\nHealth daemon for the Sway IPC socket: answers get_socket_health (JSON-RPC 2.0) on its own socket.").option("interval", { type: "number", default: 5, describe: "Seconds between GET_VERSION validations" }).option("validation-timeout", { type: "number", default: 1e3, describe: "Milliseconds before a validation counts as stale" }).option("socket", { type: "string", describe: "Our socket (default: $XDG_RUNTIME_DIR/swaysock/healthd.sock)" }).option("runtime-dir", { type: "string", describe: "Where Sway's sockets are (default: $XDG_RUNTIME_DIR)" }).option("sway-socket", { type: "string", describe: "Watch only this Sway socket" }).option("repair-environment", { type: "boolean", default: true, describe: "Keep the user manager's SWAYSOCK/I3SOCK pointing at the live Sway" }).option("environment-grace", { type: "number", default: 10, describe: "Seconds without a live Sway before a dead SWAYSOCK is unset" }).option("environment-interval", { type: "number", describe: "Seconds between reads of the user manager's environment while nothing happens (default: --interval)" }).option("stable-socket", { type: "string", describe: "Also serve the stable socket that always reaches the live Sway, at PATH (default: $XDG_RUNTIME_DIR/swaysock/sway.sock)" }).option("stable-wait", { type: "number", default: DEFAULT_STABLE_WAIT_MS / 1e3, describe: "Seconds a stable-socket client waits for a Sway before it is closed" }).option("max-clients", { type: "number", default: 64, describe: "Clients served at once" }).option("metrics-listen", { type: "string", describe: "Serve Prometheus metrics at http://ADDR:PORT/metrics (loopback only unless --metrics-allow-remote)" }).option("metrics-allow-remote", { type: "boolean", default: false, describe: "Allow a non-loopback --metrics-listen address" }).option("history-summary", { type: "number", default: 300, describe: "Seconds between validation summaries in the health history" }).check((a) => {
  if (!(a.interval > 0)) throw new UsageError("--interval must be a positive number of seconds");
  if (!(a["environment-grace"] >= 0)) throw new UsageError("--environment-grace must be a number of seconds >= 0");
  if (a["environment-interval"] !== void 0 && !(a["environment-interval"] > 0)) throw new UsageError("--environment-interval must be a positive number of seconds");
  if (!(a["validation-timeout"] > 0)) throw new UsageError("--validation-timeout must be a positive number of milliseconds");
  if (!(a["stable-wait"] >= 0)) throw new UsageError("--stable-wait must be a number of seconds >= 0");
  if (!Number.isInteger(a["max-clients"]) || a["max-clients"] < 1) throw new UsageError("--max-clients must be a positive integer");
  if (a["metrics-listen"] !== void 0) parseListenAddress(a["metrics-listen"], a["metrics-allow-remote"]);
  if (!(a["history-summary"] > 0)) throw new UsageError("--history-summary must be a positive number of seconds");
  return true;
}).strict().help().version(false).fail((msg, err) => {
  process.stderr.write(`swaysock-healthd: ${err?.message ?? msg}
Run 'swaysock-healthd --help' for usage.
`);
  process.exit(EXIT_USAGE);
}).parseAsync();
var runtimeDir;
try {
  runtimeDir = resolveRuntimeDir(argv["runtime-dir"]);
} catch (err) {
  process.stderr.write(`swaysock-healthd: ${err.message}
`);
  process.exit(EXIT_USAGE);
}
try {
  daemon = await startDaemon({
    monitor: {
      runtimeDir,
      swaySocket: argv["sway-socket"],
      ownSwaysock: process.env.SWAYSOCK,
      intervalMs: argv.interval * 1e3,
      validationTimeoutMs: argv["validation-timeout"],
      environmentIntervalMs: (argv["environment-interval"] ?? argv.interval) * 1e3,
      repairEnvironment: argv["repair-environment"],
      unsetGraceMs: argv["environment-grace"] * 1e3
    },
    socketPath: argv.socket ?? defaultDaemonSocket(runtimeDir),
    maxClients: argv["max-clients"],
    stableSocket: argv["stable-socket"] === void 0 ? void 0 : argv["stable-socket"] || defaultStableSocket(runtimeDir),
    stableWaitMs: argv["stable-wait"] * 1e3,
    historyDir: historyDir(process.env),
    summaryPeriodMs: argv["history-summary"] * 1e3,
    metricsListen: argv["metrics-listen"] === void 0 ? void 0 : parseListenAddress(argv["metrics-listen"], argv["metrics-allow-remote"]),
    log
  });
  if (stopRequested !== null) {
    daemon.stop();
    process.exit(0);
  }
  void daemon.failed.then(() => process.exit(1));
} catch (err) {
  log("err", hasCode(err, "ERR_SWAYSOCK_SOCKET_PATH") ? err.message : `cannot start: ${err.message}`);
  process.exit(1);
}
