import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Build-time generator of java.lang.CharacterTables, the Unicode data of OS2's Character and String
 * case mapping, taken from the build JDK's own java.lang.Character for every code point (so the
 * library answers exactly as the JVM the tests run on). Run by Maven (exec-maven-plugin, phase
 * generate-sources) as {@code java CharDataGen.java OUTPUT_DIR GENERATOR_SOURCE}; the work is skipped
 * when the output is newer than the generator and was made by the same JDK version.
 *
 * <p>Layout: each code point has a property record (type and flags, digit value, numeric value,
 * upper/lower/title case deltas); identical records are shared. A two-stage table maps a code
 * point to its record: INDEX gives, per block of 2^SHIFT code points, where the block starts in
 * BLOCKS, and identical blocks are stored once. The tables are string literals (static data in
 * a native image, no start-up cost), split in chunks of 2^14 chars to stay within the class file's
 * limit on a constant's length.
 */
public final class CharDataGen {
    static final int CHUNK = 1 << 14;

    // flag bits above the 5-bit type, in the order CharacterData reads them
    static final String[] FLAGS = {
        "LOWER", "UPPER", "ALPHABETIC", "IDEOGRAPHIC", "WHITESPACE", "JAVA_START", "JAVA_PART",
        "UNICODE_START", "UNICODE_PART", "IGNORABLE", "MIRRORED",
    };

    static int[] record(int cp) {
        boolean[] f = {
            Character.isLowerCase(cp), Character.isUpperCase(cp), Character.isAlphabetic(cp), Character.isIdeographic(cp),
            Character.isWhitespace(cp), Character.isJavaIdentifierStart(cp), Character.isJavaIdentifierPart(cp),
            Character.isUnicodeIdentifierStart(cp), Character.isUnicodeIdentifierPart(cp),
            Character.isIdentifierIgnorable(cp), Character.isMirrored(cp),
        };
        int bits = Character.getType(cp);
        for (int i = 0; i < f.length; i++) {
            if (f[i]) {
                bits |= 1 << (5 + i);
            }
        }
        return new int[] {
            bits, Character.digit(cp, Character.MAX_RADIX), Character.getNumericValue(cp),
            Character.toUpperCase(cp) - cp, Character.toLowerCase(cp) - cp, Character.toTitleCase(cp) - cp,
        };
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("usage: java CharDataGen.java OUTPUT_DIR [GENERATOR_SOURCE]");
        }
        Path target = Path.of(args[0], "java", "lang", "CharacterTables.java");
        if (args.length == 2 && upToDate(target, Path.of(args[1]))) {
            System.out.println("CharDataGen: " + target + " is up to date");
            return;
        }
        int n = Character.MAX_CODE_POINT + 1;
        Map<List<Integer>, Integer> recordIds = new HashMap<>();
        List<int[]> records = new ArrayList<>();
        int[] rec = new int[n];
        for (int cp = 0; cp < n; cp++) {
            int[] r = record(cp);
            List<Integer> key = Arrays.stream(r).boxed().toList();
            Integer id = recordIds.get(key);
            if (id == null) {
                id = records.size();
                recordIds.put(key, id);
                records.add(r);
            }
            rec[cp] = id;
        }
        if (records.size() > 0xFFFF) {
            throw new IllegalStateException("too many distinct records: " + records.size());
        }
        // choose the block size giving the smallest two-stage table
        int bestShift = -1;
        StringBuilder bestIndex = null;
        StringBuilder bestBlocks = null;
        for (int shift = 4; shift <= 9; shift++) {
            int size = 1 << shift;
            Map<String, Integer> blockAt = new HashMap<>();
            StringBuilder index = new StringBuilder();
            StringBuilder blocks = new StringBuilder();
            for (int start = 0; start < n; start += size) {
                StringBuilder b = new StringBuilder();
                for (int cp = start; cp < start + size; cp++) {
                    b.append((char) rec[cp]);
                }
                String key = b.toString();
                Integer at = blockAt.get(key);
                if (at == null) {
                    at = blocks.length() >> shift;
                    blockAt.put(key, at);
                    blocks.append(key);
                }
                index.append((char) (int) at);
            }
            if ((blocks.length() >> shift) > 0xFFFF) {
                continue;
            }
            if (bestIndex == null || index.length() + blocks.length() < bestIndex.length() + bestBlocks.length()) {
                bestShift = shift;
                bestIndex = index;
                bestBlocks = blocks;
            }
        }
        StringBuilder recs = new StringBuilder();
        for (int[] r : records) {
            for (int v : r) {
                recs.append((char) (v >>> 16)).append((char) v);
            }
        }
        // one-to-many case mappings of String.toUpperCase/toLowerCase (root locale), per code point
        List<String> upper = new ArrayList<>();
        List<String> lower = new ArrayList<>();
        for (int cp = 0; cp < n; cp++) {
            String s = new String(Character.toChars(cp));
            String u = s.toUpperCase(Locale.ROOT);
            String l = s.toLowerCase(Locale.ROOT);
            if (!u.equals(new String(Character.toChars(Character.toUpperCase(cp))))) {
                upper.add(s + u);
            }
            if (!l.equals(new String(Character.toChars(Character.toLowerCase(cp))))) {
                lower.add(s + l);
            }
        }
        for (String e : upper) {
            if (Character.isSurrogate(e.charAt(0))) {
                throw new IllegalStateException("special casing outside the BMP: " + e);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("package java.lang;\n\n")
                .append("/**\n * Unicode data generated at build time by runtime/src/build/CharDataGen.java from ")
                .append("the build JDK's java.lang.Character\n * (Java ").append(System.getProperty("java.version"))
                .append("). Do not edit. ").append(records.size()).append(" distinct records, blocks of ")
                .append(1 << bestShift).append(" code points, ")
                .append(bestIndex.length() + bestBlocks.length()).append(" table chars.\n */\n")
                .append("final class CharacterTables {\n    private CharacterTables() {\n    }\n\n")
                .append("    /** Flag bits above the 5-bit type: ").append(String.join(", ", FLAGS)).append(". */\n")
                .append("    static final int SHIFT = ").append(bestShift).append(";\n")
                .append("    static final int RECORD_INTS = 6;\n\n");
        chunks(out, "INDEX", bestIndex);
        chunks(out, "BLOCKS", bestBlocks);
        chunks(out, "RECORDS", recs);
        out.append("    // special casings: the code point, then what String's case mapping turns it into\n");
        list(out, "UPPER_SPECIAL", upper);
        list(out, "LOWER_SPECIAL", lower);
        blocks(out);
        out.append("}\n");
        Path file = Path.of(args[0], "java", "lang", "CharacterTables.java");
        Files.createDirectories(file.getParent());
        byte[] bytes = out.toString().getBytes(StandardCharsets.US_ASCII);
        if (!Files.exists(file) || !Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        } else { // same tables: newer than the generator now, so the next build skips the work
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        }
        System.out.println("CharDataGen: " + file + " (" + records.size() + " records, shift " + bestShift + ", "
                + (bestIndex.length() + bestBlocks.length()) + " table chars, " + upper.size() + " upper and "
                + lower.size() + " lower special casings)");
    }

    /**
     * Character.UnicodeBlock: the block names (index order), the runs of code points per block
     * (start, block index + 1 or 0 for none) and every name forName accepts (the JDK's own map,
     * read by reflection: the generator runs with --add-opens java.base/java.lang=ALL-UNNAMED).
     */
    @SuppressWarnings("unchecked")
    static void blocks(StringBuilder out) {
        List<String> names = new ArrayList<>();
        Map<Character.UnicodeBlock, Integer> index = new HashMap<>();
        StringBuilder runs = new StringBuilder();
        Character.UnicodeBlock prev = null;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (cp > 0 && b == prev) {
                continue;
            }
            prev = b;
            if (b != null && !index.containsKey(b)) {
                index.put(b, names.size());
                names.add(b.toString());
            }
            runs.append((char) (cp >>> 16)).append((char) cp).append((char) (b == null ? 0 : index.get(b) + 1));
        }
        Map<String, Character.UnicodeBlock> map;
        try {
            java.lang.reflect.Field f = Character.UnicodeBlock.class.getDeclaredField("map");
            f.setAccessible(true);
            map = (Map<String, Character.UnicodeBlock>) f.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read Character.UnicodeBlock's name map (run with "
                    + "--add-opens java.base/java.lang=ALL-UNNAMED): " + e, e);
        }
        List<String> keys = new ArrayList<>(map.keySet());
        keys.sort(null);
        for (String k : keys) { // blocks only forName knows (SURROGATES_AREA) come last
            Character.UnicodeBlock b = map.get(k);
            if (!index.containsKey(b)) {
                index.put(b, names.size());
                names.add(b.toString());
            }
        }
        StringBuilder targets = new StringBuilder();
        for (String k : keys) {
            targets.append((char) (int) index.get(map.get(k)));
        }
        list(out, "BLOCK_NAMES", names);
        chunks(out, "BLOCK_RUNS", runs);
        list(out, "BLOCK_KEYS", keys);
        chunks(out, "BLOCK_KEY_TARGETS", targets);
    }

    /** Generated by this JDK (its version is in the header) after the generator last changed. */
    static boolean upToDate(Path target, Path generator) throws IOException {
        if (!Files.isRegularFile(target) || !Files.isRegularFile(generator)
                || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(generator)) <= 0) {
            return false;
        }
        String head = new String(Files.readAllBytes(target), StandardCharsets.US_ASCII);
        return head.contains("(Java " + System.getProperty("java.version") + ")");
    }

    static void chunks(StringBuilder out, String name, CharSequence data) {
        out.append("    /** ").append(data.length()).append(" chars in chunks of ").append(CHUNK).append(". */\n")
                .append("    static final String[] ").append(name).append(" = {\n");
        for (int i = 0; i < data.length(); i += CHUNK) {
            out.append("        ");
            literal(out, data.subSequence(i, Math.min(data.length(), i + CHUNK)));
            out.append(",\n");
        }
        out.append("    };\n\n");
    }

    static void list(StringBuilder out, String name, List<String> items) {
        out.append("    /** ").append(items.size()).append(" strings. */\n")
                .append("    static final String[] ").append(name).append(" = {\n");
        for (String s : items) {
            out.append("        ");
            literal(out, s);
            out.append(",\n");
        }
        out.append("    };\n\n");
    }

    /** A Java string literal in ASCII: octal escapes below 0x100 (never \\u000a, which javac would unescape first). */
    static void literal(StringBuilder out, CharSequence s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out.append(c);
            } else if (c < 0x100) {
                boolean digitNext = i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7';
                out.append('\\').append(digitNext || c >= 0100 ? String.format("%03o", (int) c) : Integer.toOctalString(c));
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        out.append('"');
    }
}
