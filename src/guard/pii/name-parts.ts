/**
 * What starts or ends a name, and words that never are one: Chinese surnames, the titles after a
 * Chinese name, and the identity-card words that sit next to names on Hong Kong forms.
 */

/** Hong Kong and Chinese surnames, one character each (Traditional and Simplified), for character classes. */
export const SURNAMES =
  '陳李張黃何林吳劉鄭梁謝羅郭曾周葉蔡馮許鄧蕭彭潘朱袁余麥盧胡關歐楊王趙孫馬高簡伍莫區譚程江廖魏石韋施方鍾陸郝霍衞衛顏温温溫嚴尹湯龍姚孔康賴丘邱杜戴田金范歐陽司徒諸葛陈张黄刘郑罗郭叶冯许邓萧冯卢关欧杨赵孙马谭锺陆颜严汤龙';

/** Surnames of two characters; `SURNAMES` holds their characters one by one. */
const COMPOUND_SURNAMES = ['歐陽', '欧阳', '司徒', '諸葛', '诸葛', '上官', '司馬', '司马'];

/** Characters of `SURNAMES` that are surnames only as part of a compound one (`司機` is a driver). */
const ONLY_IN_COMPOUND = '司徒諸陽';

/** A surname, compound ones first, so `歐陽志偉` starts with `歐陽`, not `歐`. */
export const ZH_SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${[...SURNAMES].filter((c) => !ONLY_IN_COMPOUND.includes(c)).join('')}])`;

/** Titles after a Chinese name (`黃志偉先生`); none is part of the name. */
export const ZH_TITLES = '先生|小姐|女士|太太|姑娘|博士|醫生|医生';

/** A Chinese character that does not start a title: a name read after a label stops at `先生`, never `黃志偉先`. */
export const HAN_NOT_TITLE = `(?:(?!${ZH_TITLES})[\\u4e00-\\u9fff])`;

/** The words of an identity card (`HKID`, `ID`, `身份證`), never a name nor part of one. */
export const ID_WORD = /^(?:hkid|id|身份證|身份证)$/i;
