package os2.kernel.task;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes malformed ELF files made from a valid one, to feed the real kernel. Usage (after
 * {@code mvn -pl kernel test-compile}):
 *
 * <pre>
 * java -cp kernel/target/classes:kernel/target/test-classes os2.kernel.task.ElfMutants \
 *     IN.elf OUTDIR COUNT [SEED] [--all]
 * </pre>
 *
 * It writes {@code OUTDIR/m00000.elf} ... and {@code OUTDIR/index.tsv}: one line per file,
 * {@code name<TAB>refused<TAB>message<TAB>mutations} (or {@code accepted<TAB><TAB>mutations}).
 * By default only mutants {@link ElfImage#parse} refuses are written (COUNT of them), so every
 * file must be refused by the kernel too, with the same message; {@code --all} writes COUNT
 * mutants whatever the verdict (accepted ones may be runnable, even looping, programs). The
 * same IN, SEED and COUNT give the same files.
 */
public final class ElfMutants {
    private ElfMutants() {
    }

    /** See the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        boolean all = false;
        String[] a = new String[4];
        int n = 0;
        for (String s : args) {
            if (s.equals("--all")) {
                all = true;
            } else if (n < a.length) {
                a[n++] = s;
            } else {
                n++;
            }
        }
        if (n < 3 || n > 4) {
            System.err.println("usage: ElfMutants IN.elf OUTDIR COUNT [SEED] [--all]");
            System.exit(2);
        }
        byte[] in = Files.readAllBytes(Path.of(a[0]));
        try {
            ElfImage.parse(new ByteArrayElfBytes(in));
        } catch (ElfException e) {
            System.err.println(a[0] + " is itself refused: " + e.getMessage());
            System.exit(1);
        }
        Path out = Path.of(a[1]);
        int count = Integer.parseInt(a[2]);
        long seed = n == 4 ? Long.parseLong(a[3]) : 1;
        Files.createDirectories(out);
        ElfMutator mut = new ElfMutator(in);
        Random r = new Random(seed);
        StringBuilder index = new StringBuilder();
        int written = 0;
        int refused = 0;
        for (long tries = 0; written < count; tries++) {
            if (tries > 100L * count + 1000) {
                System.err.println("gave up: only " + written + " refused mutants in " + tries + " tries");
                System.exit(1);
            }
            StringBuilder what = new StringBuilder();
            byte[] m = mut.mutate(r, what);
            String msg;
            try {
                ElfImage.parse(new ByteArrayElfBytes(m));
                msg = null;
            } catch (ElfException e) {
                msg = e.getMessage();
            }
            if (msg == null && !all) {
                continue;
            }
            String name = String.format("m%05d.elf", written);
            Files.write(out.resolve(name), m);
            index.append(name).append('\t').append(msg == null ? "accepted\t" : "refused\t" + msg)
                    .append('\t').append(what.toString().trim()).append('\n');
            written++;
            refused += msg == null ? 0 : 1;
        }
        Files.writeString(out.resolve("index.tsv"), index.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + written + " mutants (" + refused + " refused) to " + out);
    }
}
