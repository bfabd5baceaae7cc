package java.lang;

/**
 * Character classification and case mapping beyond ASCII. OS2 has no Unicode
 * database: Latin-1 is exact, and the ranges below cover the common scripts
 * (Latin Extended, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic digits, CJK,
 * kana, Hangul, fullwidth forms). Characters outside them are classified as
 * "other" (not letters, digits, or cased).
 */
final class CharacterData {
    private CharacterData() {
    }

    /** First code point of each run of ten decimal digits (Unicode Nd) above Latin-1. */
    private static final int[] DIGIT_ZEROS = {
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
        0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
        0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6
    };

    /** Inclusive ranges of letters above Latin-1 (approximate Unicode L*). */
    private static final int[] LETTERS = {
        0x0100, 0x02C1, 0x02C6, 0x02D1, 0x02E0, 0x02E4, 0x02EC, 0x02EC, 0x02EE, 0x02EE,
        0x0370, 0x0374, 0x0376, 0x0377, 0x037A, 0x037D, 0x037F, 0x037F, 0x0386, 0x0386,
        0x0388, 0x038A, 0x038C, 0x038C, 0x038E, 0x03A1, 0x03A3, 0x03F5, 0x03F7, 0x0481,
        0x048A, 0x052F, 0x0531, 0x0556, 0x0559, 0x0559, 0x0560, 0x0588, 0x05D0, 0x05EA,
        0x05EF, 0x05F2, 0x0620, 0x064A, 0x066E, 0x066F, 0x0671, 0x06D3, 0x06D5, 0x06D5,
        0x0904, 0x0939, 0x093D, 0x093D, 0x0950, 0x0950, 0x0958, 0x0961, 0x0E01, 0x0E30,
        0x0E40, 0x0E46, 0x10A0, 0x10C5, 0x10D0, 0x10FA, 0x1100, 0x1248, 0x13A0, 0x13F5,
        0x1E00, 0x1F15, 0x1F18, 0x1F1D, 0x1F20, 0x1F45, 0x1F48, 0x1F4D, 0x1F50, 0x1F7D,
        0x1F80, 0x1FBC, 0x1FC2, 0x1FCC, 0x1FD0, 0x1FDB, 0x1FE0, 0x1FEC, 0x1FF2, 0x1FFC,
        0x2071, 0x2071, 0x207F, 0x207F, 0x2102, 0x2102, 0x2107, 0x2107, 0x210A, 0x2113,
        0x2115, 0x2115, 0x2119, 0x211D, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128,
        0x212A, 0x212D, 0x212F, 0x2139, 0x2C00, 0x2CE4, 0x3005, 0x3006, 0x3031, 0x3035,
        0x3041, 0x3096, 0x309D, 0x309F, 0x30A1, 0x30FA, 0x30FC, 0x30FF, 0x3105, 0x312F,
        0x3131, 0x318E, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA48C, 0xAC00, 0xD7A3,
        0xF900, 0xFA6D, 0xFB00, 0xFB06, 0xFF21, 0xFF3A, 0xFF41, 0xFF5A, 0xFF66, 0xFFBE,
        0x10000, 0x1000B, 0x10400, 0x1044F, 0x1D400, 0x1D6A5, 0x20000, 0x2A6DF, 0x2F800, 0x2FA1D
    };

    private static boolean inRanges(int[] ranges, int cp) {
        // binary search over range starts
        int lo = 0;
        int hi = ranges.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) {
                hi = mid - 1;
            } else if (cp > ranges[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    static boolean isLetter(int cp) {
        return inRanges(LETTERS, cp);
    }

    /** The value of a Unicode decimal digit above Latin-1, or -1. */
    static int digitValue(int cp) {
        for (int zero : DIGIT_ZEROS) {
            if (cp >= zero && cp < zero + 10) {
                return cp - zero;
            }
        }
        return -1;
    }

    static boolean isIdeographic(int cp) {
        return (cp >= 0x3006 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3134F);
    }

    /** Simple uppercase mapping above Latin-1 (the caller handles 0..0xFF). */
    static int toUpperCase(int cp) {
        if (cp < 0x180) {
            if (cp == 0x131) {
                return 'I';
            }
            if (cp == 0x17F) {
                return 'S';
            }
            if (cp == 0x130 || cp == 0x138 || cp == 0x149) {
                return cp;
            }
            if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
                return (cp & 1) == 0 ? cp - 1 : cp;
            }
            if (cp == 0x178) {
                return cp;
            }
            return (cp & 1) == 1 ? cp - 1 : cp;
        }
        if (cp >= 0x3B1 && cp <= 0x3CB && cp != 0x3C2) {
            return cp - 0x20;
        }
        if (cp == 0x3C2) {
            return 0x3A3;
        }
        if (cp == 0x3AC) {
            return 0x386;
        }
        if (cp >= 0x3AD && cp <= 0x3AF) {
            return cp - 0x25;
        }
        if (cp == 0x3CC) {
            return 0x38C;
        }
        if (cp == 0x3CD || cp == 0x3CE) {
            return cp - 0x3F;
        }
        if (cp >= 0x430 && cp <= 0x44F) {
            return cp - 0x20;
        }
        if (cp >= 0x450 && cp <= 0x45F) {
            return cp - 0x50;
        }
        if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x52F)
                || (cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF)) {
            return (cp & 1) == 1 ? cp - 1 : cp;
        }
        if (cp >= 0x4C1 && cp <= 0x4CE) {
            return (cp & 1) == 0 ? cp - 1 : cp;
        }
        if (cp == 0x4CF) {
            return 0x4C0;
        }
        if (cp >= 0x561 && cp <= 0x586) {
            return cp - 0x30;
        }
        if (cp >= 0xFF41 && cp <= 0xFF5A) {
            return cp - 0x20;
        }
        return cp;
    }

    /** Simple lowercase mapping above Latin-1. */
    static int toLowerCase(int cp) {
        if (cp < 0x180) {
            if (cp == 0x130) {
                return 'i';
            }
            if (cp == 0x178) {
                return 0xFF;
            }
            if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) {
                return cp;
            }
            if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) {
                return (cp & 1) == 1 ? cp + 1 : cp;
            }
            return (cp & 1) == 0 ? cp + 1 : cp;
        }
        if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) {
            return cp + 0x20;
        }
        if (cp == 0x386) {
            return 0x3AC;
        }
        if (cp >= 0x388 && cp <= 0x38A) {
            return cp + 0x25;
        }
        if (cp == 0x38C) {
            return 0x3CC;
        }
        if (cp == 0x38E || cp == 0x38F) {
            return cp + 0x3F;
        }
        if (cp >= 0x410 && cp <= 0x42F) {
            return cp + 0x20;
        }
        if (cp >= 0x400 && cp <= 0x40F) {
            return cp + 0x50;
        }
        if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x52F)
                || (cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF)) {
            return (cp & 1) == 0 ? cp + 1 : cp;
        }
        if (cp >= 0x4C1 && cp <= 0x4CE) {
            return (cp & 1) == 1 ? cp + 1 : cp;
        }
        if (cp == 0x4C0) {
            return 0x4CF;
        }
        if (cp >= 0x531 && cp <= 0x556) {
            return cp + 0x30;
        }
        if (cp >= 0xFF21 && cp <= 0xFF3A) {
            return cp + 0x20;
        }
        return cp;
    }
}
