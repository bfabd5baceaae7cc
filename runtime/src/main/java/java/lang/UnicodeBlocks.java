package java.lang;

/**
 * The lookups behind Character.UnicodeBlock, over tables generated from the build JDK
 * (CharacterTables.BLOCK_*): of() by binary search over the runs of code points that share a
 * block, forName() by binary search over every name the JDK accepts (upper-cased).
 */
final class UnicodeBlocks {
    private UnicodeBlocks() {
    }

    /** The blocks in the order UnicodeBlock creates them. */
    private static Character.UnicodeBlock[] created = new Character.UnicodeBlock[320];
    private static int count;
    /** The blocks in CharacterTables.BLOCK_NAMES order, built on first use. */
    private static Character.UnicodeBlock[] byIndex;

    static void register(Character.UnicodeBlock b) {
        if (count == created.length) {
            Character.UnicodeBlock[] c = new Character.UnicodeBlock[count * 2];
            System.arraycopy(created, 0, c, 0, count);
            created = c;
        }
        created[count++] = b;
    }

    private static Character.UnicodeBlock[] blocks() {
        if (byIndex == null) {
            String[] names = CharacterTables.BLOCK_NAMES;
            Character.UnicodeBlock[] t = new Character.UnicodeBlock[names.length];
            for (int i = 0; i < names.length; i++) {
                for (int k = 0; k < count; k++) {
                    if (created[k].toString().equals(names[i])) {
                        t[i] = created[k];
                        break;
                    }
                }
                if (t[i] == null) {
                    throw new InternalError("no Character.UnicodeBlock." + names[i]);
                }
            }
            byIndex = t;
        }
        return byIndex;
    }

    private static char runChar(int i) {
        String[] chunks = CharacterTables.BLOCK_RUNS;
        return chunks[i >>> 14].charAt(i & 16383);
    }

    static Character.UnicodeBlock of(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(String.format("Not a valid Unicode code point: 0x%X", codePoint));
        }
        int runs = 0;
        for (String c : CharacterTables.BLOCK_RUNS) {
            runs += c.length();
        }
        runs /= 3;
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) { // the last run starting at or before codePoint
            int mid = (lo + hi + 1) >>> 1;
            int start = (runChar(3 * mid) << 16) | runChar(3 * mid + 1);
            if (start <= codePoint) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int block = runChar(3 * lo + 2);
        return block == 0 ? null : blocks()[block - 1];
    }

    static Character.UnicodeBlock forName(String blockName) {
        String key = blockName.toUpperCase();
        String[] keys = CharacterTables.BLOCK_KEYS;
        int lo = 0;
        int hi = keys.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = keys[mid].compareTo(key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                String[] t = CharacterTables.BLOCK_KEY_TARGETS;
                return blocks()[t[mid >>> 14].charAt(mid & 16383)];
            }
        }
        throw new IllegalArgumentException("Not a valid block name: " + blockName);
    }
}
