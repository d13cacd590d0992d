/**
 * Decision cues: what a meeting says when it settles something. English (agreed, decided, resolved,
 * approved, carried, adopted, endorsed, "the motion is passed") and Chinese (議決, 決定/决定, 通過/通过,
 * 一致同意, 大家同意, 批准, 接納, 拍板, Cantonese 定咗 / 就噉話). A bare "I agree" is an opinion, not a decision,
 * and a negated or asked cue (not agreed, 未決定, 同唔同意？) is none.
 */
const ENGLISH_CUES =
  /\b(?:(?:we|it was|it is|the (?:committee|meeting|board|panel|council|group|members?)|members|all|everyone)\s+(?:(?:have|has|had|was|were|is|are|all|unanimously|then)\s+)*(?:agreed|decided|resolved|approved|endorsed|adopted)|(?:motion|amendment|resolution|proposal|recommendation|bill|report)\s+(?:is|was|has been|have been)\s+(?:carried|passed|adopted|agreed|approved|endorsed)|(?:carried|agreed)\s+unanimously|it was (?:so )?(?:ordered|resolved)|(?:decision|resolution)\s+(?:is|was)\s+(?:to|that)|(?:let's|we'll|we will)\s+go\s+(?:with|for|ahead)|decided\s+(?:to|that)|agreed\s+(?:to|that|on))\b/iu;
const CHINESE_CUES =
  /議決|议决|決議|决议|決定|决定|一致同意|大家同意|全體同意|全体同意|會議同意|会议同意|委員會同意|委员会同意|同意(?:通過|通过|接納|接纳|採納|采纳)|通過(?:了|咗)?(?:議案|议案|動議|动议|修正案|建議|建议|預算|预算)|(?:議案|议案|動議|动议|修正案|建議|建议|預算|预算)(?:獲得|获得|獲|获|得到)?(?:通過|通过)|批准|接納|接纳|拍板|定咗|就噉話|就这么定|就這樣定|就咁定/u;
const NEGATED =
  /\b(?:not|never|no longer|yet to|did not|didn't|haven't|hasn't|wasn't|weren't)\s+(?:\w+\s+)?(?:agreed|decided|resolved|approved|carried|passed|adopted)\b|[未未不唔沒冇没]\s*(?:有)?(?:決定|决定|同意|通過|通过|批准|議決|议决)|同唔同意|決定咗未|决定了没有/iu;

/** True when the sentence records something the meeting settled. */
export function isDecision(sentence: string): boolean {
  const text = sentence.trim();
  if (/[?？]$/u.test(text)) return false;
  if (NEGATED.test(text)) return false;
  return ENGLISH_CUES.test(text) || CHINESE_CUES.test(text);
}
