package difftest;

/** Character.UnicodeBlock: of() for every code point, forName() by its several spellings, the errors. */
public class p213_UnicodeBlock {
    public static void main(String[] args) {
        long h = 0;
        int none = 0;
        Character.UnicodeBlock prev = null;
        int changes = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (b == null) {
                none++;
            } else if (b != prev) {
                h = h * 31 + b.toString().hashCode() + cp;
            }
            if (b != prev) {
                changes++;
                prev = b;
            }
        }
        System.out.println("blocks hash " + Long.toHexString(h) + ", " + none + " code points in no block, " + changes + " changes");
        System.out.println(Character.UnicodeBlock.of('a') + " " + Character.UnicodeBlock.of('\u00e9') + " " + Character.UnicodeBlock.of('\u03a3')
                + " " + Character.UnicodeBlock.of('\u4e00') + " " + Character.UnicodeBlock.of(0x1F600) + " " + Character.UnicodeBlock.of('\uD800'));
        System.out.println(Character.UnicodeBlock.of('A') == Character.UnicodeBlock.BASIC_LATIN);
        String[] names = {"BASIC_LATIN", "Basic Latin", "basiclatin", "Latin-1 Supplement", "GREEK", "Greek and Coptic",
            "CJK_UNIFIED_IDEOGRAPHS", "Emoticons", "SURROGATES_AREA", "High Surrogates"};
        for (String n : names) {
            Character.UnicodeBlock b = Character.UnicodeBlock.forName(n);
            System.out.println(n + " -> " + b + " " + b.equals(Character.UnicodeBlock.forName(b.toString())));
        }
        try {
            Character.UnicodeBlock.forName("Klingon");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Character.UnicodeBlock.of(0x110000);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
