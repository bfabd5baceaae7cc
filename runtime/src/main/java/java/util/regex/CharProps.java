package java.util.regex;

/**
 * The character properties of \p{...} and \P{...}: POSIX classes (ASCII), java.lang.Character's
 * javaXxx tests, general categories (one or two letters, also as Is.., gc= or general_category=),
 * Unicode blocks (In.., blk=, block=) and a few binary properties (IsAlphabetic, IsLetter, ...).
 * Scripts (Is + script name, sc=) are not provided: Character.UnicodeScript is not in OS2's library.
 */
final class CharProps {
    private CharProps() {
    }

    /** The property's test, or null if the name is unknown. */
    static CharPred forName(String name, int flags) {
        CharPred p = lookup(name, flags);
        if (p != null && (flags & Pattern.CASE_INSENSITIVE) != 0) {
            // under CASE_INSENSITIVE the JDK widens the case properties to every cased char
            switch (name) {
                case "Lu": case "Ll": case "Lt": case "IsLu": case "IsLl": case "IsLt":
                    return category("LC");
                case "Lower": case "Upper":
                    return (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0 ? CharProps::isCased : CharPred::isAsciiAlpha;
                case "javaLowerCase": case "javaUpperCase": case "javaTitleCase":
                    return CharProps::isCased;
                default:
                    String upper = name.toUpperCase();
                    if (upper.equals("ISUPPERCASE") || upper.equals("ISLOWERCASE") || upper.equals("ISTITLECASE")) {
                        return CharProps::isCased;
                    }
                    return p;
            }
        }
        return p;
    }

    private static boolean isCased(int ch) {
        return Character.isLowerCase(ch) || Character.isUpperCase(ch) || Character.isTitleCase(ch);
    }

    private static CharPred lookup(String name, int flags) {
        int eq = name.indexOf('=');
        if (eq >= 0) {
            String key = name.substring(0, eq).toLowerCase();
            String value = name.substring(eq + 1);
            switch (key) {
                case "blk":
                case "block":
                    return block(value);
                case "gc":
                case "general_category":
                    return category(value);
                default:
                    return null;
            }
        }
        if (name.startsWith("In")) {
            return block(name.substring(2));
        }
        if (name.startsWith("Is")) {
            String rest = name.substring(2);
            CharPred p = binary(rest.toUpperCase());
            if (p == null) {
                p = category(rest);
            }
            if (p == null) {
                p = posix(rest);
            }
            return p;
        }
        CharPred p = category(name);
        if (p == null && (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0) {
            p = unicodePosix(name.toUpperCase());
        }
        if (p == null) {
            p = posix(name);
        }
        if (p == null) {
            p = java(name);
        }
        return p;
    }

    private static CharPred block(String name) {
        try {
            Character.UnicodeBlock b = Character.UnicodeBlock.forName(name);
            return ch -> Character.UnicodeBlock.of(ch) == b;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static final String CATEGORIES = "Cn Lu Ll Lt Lm Lo Mn Me Mc Nd Nl No Zs Zl Zp Cc Cf -- Co Cs Pd Ps Pe Pc Po Sm Sc Sk So Pi Pf";

    /** A general category: "Lu" etc., a major class "L", or LC, LD, L1, all. */
    private static CharPred category(String name) {
        if (name.length() == 2 && !name.equals("--")) {
            int i = CATEGORIES.indexOf(name);
            if (i >= 0 && i % 3 == 0) {
                int type = i / 3;
                return ch -> Character.getType(ch) == type;
            }
        }
        if (name.length() == 1 && "LMNZCPS".indexOf(name.charAt(0)) >= 0) {
            int mask = 0;
            for (int i = 0; i < CATEGORIES.length(); i += 3) {
                if (CATEGORIES.charAt(i) == name.charAt(0)) {
                    mask |= 1 << (i / 3);
                }
            }
            int m = mask;
            return ch -> (m >> Character.getType(ch) & 1) != 0;
        }
        switch (name) {
            case "LC":
                return ch -> {
                    int t = Character.getType(ch);
                    return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER || t == Character.TITLECASE_LETTER;
                };
            case "LD":
                return Character::isLetterOrDigit;
            case "L1":
                return ch -> ch < 256;
            case "all":
                return ch -> true;
            default:
                return null;
        }
    }

    /** The POSIX classes, ASCII only (as the JDK without UNICODE_CHARACTER_CLASS). */
    private static CharPred posix(String name) {
        switch (name) {
            case "ASCII":
                return ch -> ch < 128;
            case "Lower":
                return ch -> ch >= 'a' && ch <= 'z';
            case "Upper":
                return ch -> ch >= 'A' && ch <= 'Z';
            case "Alpha":
                return CharPred::isAsciiAlpha;
            case "Digit":
                return ch -> ch >= '0' && ch <= '9';
            case "Alnum":
                return ch -> CharPred.isAsciiAlpha(ch) || ch >= '0' && ch <= '9';
            case "Punct":
                return CharProps::isPunct;
            case "Graph":
                return ch -> ch > 32 && ch < 127;
            case "Print":
                return ch -> ch >= 32 && ch < 127;
            case "Blank":
                return ch -> ch == ' ' || ch == '\t';
            case "Cntrl":
                return ch -> ch < 32 || ch == 127;
            case "XDigit":
                return ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F';
            case "Space":
                return ch -> ch == ' ' || ch >= '\t' && ch <= '\r';
            default:
                return null;
        }
    }

    /** The POSIX classes under UNICODE_CHARACTER_CLASS (Unicode's definitions, names in any case). */
    private static CharPred unicodePosix(String name) {
        switch (name) {
            case "ALPHA":
                return Character::isAlphabetic;
            case "LOWER":
                return Character::isLowerCase;
            case "UPPER":
                return Character::isUpperCase;
            case "SPACE":
                return CharPred::isUnicodeWhiteSpace;
            case "DIGIT":
                return Character::isDigit;
            case "ALNUM":
                return ch -> Character.isAlphabetic(ch) || Character.isDigit(ch);
            case "PUNCT":
                return binary("PUNCTUATION");
            case "CNTRL":
                return ch -> Character.getType(ch) == Character.CONTROL;
            default:
                return null;
        }
    }

    private static boolean isPunct(int ch) {
        return ch > 32 && ch < 127 && !CharPred.isAsciiAlpha(ch) && !(ch >= '0' && ch <= '9');
    }

    private static CharPred java(String name) {
        switch (name) {
            case "javaLowerCase":
                return Character::isLowerCase;
            case "javaUpperCase":
                return Character::isUpperCase;
            case "javaTitleCase":
                return Character::isTitleCase;
            case "javaWhitespace":
                return Character::isWhitespace;
            case "javaMirrored":
                return Character::isMirrored;
            case "javaLetter":
                return Character::isLetter;
            case "javaDigit":
                return Character::isDigit;
            case "javaLetterOrDigit":
                return Character::isLetterOrDigit;
            case "javaAlphabetic":
                return Character::isAlphabetic;
            case "javaIdeographic":
                return Character::isIdeographic;
            case "javaDefined":
                return Character::isDefined;
            case "javaJavaIdentifierStart":
                return Character::isJavaIdentifierStart;
            case "javaJavaIdentifierPart":
                return Character::isJavaIdentifierPart;
            case "javaUnicodeIdentifierStart":
                return Character::isUnicodeIdentifierStart;
            case "javaUnicodeIdentifierPart":
                return Character::isUnicodeIdentifierPart;
            case "javaIdentifierIgnorable":
                return Character::isIdentifierIgnorable;
            case "javaSpaceChar":
                return Character::isSpaceChar;
            case "javaISOControl":
                return Character::isISOControl;
            default:
                return null;
        }
    }

    /** Binary properties after "Is", upper-cased (the JDK accepts them in any case). */
    private static CharPred binary(String name) {
        switch (name) {
            case "ALPHABETIC":
                return Character::isAlphabetic;
            case "LETTER":
                return Character::isLetter;
            case "IDEOGRAPHIC":
                return Character::isIdeographic;
            case "LOWERCASE":
                return Character::isLowerCase;
            case "UPPERCASE":
                return Character::isUpperCase;
            case "TITLECASE":
                return Character::isTitleCase;
            case "DIGIT":
                return Character::isDigit;
            case "WHITE_SPACE":
            case "WHITESPACE":
                return CharPred::isUnicodeWhiteSpace;
            case "CONTROL":
                return ch -> Character.getType(ch) == Character.CONTROL;
            case "PUNCTUATION":
                return ch -> {
                    int t = Character.getType(ch);
                    return t >= Character.DASH_PUNCTUATION && t <= Character.OTHER_PUNCTUATION
                            || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION;
                };
            case "ASSIGNED":
                return ch -> Character.getType(ch) != Character.UNASSIGNED;
            case "JOIN_CONTROL":
                return ch -> ch == 0x200c || ch == 0x200d;
            default:
                return null;
        }
    }
}
