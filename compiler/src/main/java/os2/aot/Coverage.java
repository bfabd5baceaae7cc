package os2.aot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Edge-coverage instrumentation ({@code --coverage PREFIX,...}; off by default). Before C is
 * emitted, every reachable method of a class whose internal name starts with one of the
 * prefixes gets counting points ({@link Probe}) in its bytecode, each a 64-bit counter
 * {@code os2_cov_counters[id]} that the emitted C increments when control passes it:
 * <ul>
 * <li>the method's entry;
 * <li>both outcomes of every conditional branch: the fall-through right after it, and the
 *     taken side through a trampoline of its own ({@code T: probe; goto target}), so a taken
 *     branch is told apart from a fall-through into the same target (true edges, not blocks);
 * <li>every (switch, target) pair, through a trampoline each, the default included;
 * <li>every exception handler's entry (the edge from a throwing instruction to it).
 * </ul>
 * Unconditional jumps add no edge (one successor). The ids are dense, in the order the
 * compiler meets the methods, and {@link #writeTable} maps each to class, method, kind and
 * source line. Without the option nothing here runs and the C is exactly what it was.
 */
final class Coverage {
    /** A counting point: a pseudo-instruction that the analyzer takes for a label. */
    static final class Probe extends LabelNode {
        final int id;

        Probe(int id) {
            this.id = id;
        }
    }

    private final List<String> prefixes;
    private final StringBuilder table = new StringBuilder("# id\tclass\tmethod\tkind\tline\tdetail\n");
    private int count;

    private Coverage(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    /** Instruments every reachable method under the prefixes (internal names, "os2/kernel/"). */
    static Coverage instrument(World w, List<String> prefixes) {
        Coverage c = new Coverage(prefixes);
        for (ClassInfo ci : w.classes.values()) {
            if (!ci.reachable || !c.selected(ci.name)) {
                continue;
            }
            for (MethodInfo m : ci.methods.values()) {
                if (m.reachable && m.hasBody()) {
                    c.method(ci, m.node);
                }
            }
        }
        return c;
    }

    int points() {
        return count;
    }

    /** The C statement a probe compiles to (a block-scope declaration: no header change). */
    static String statement(Probe p) {
        return "{ extern jlong os2_cov_counters[]; os2_cov_counters[" + p.id + "]++; }\n";
    }

    /**
     * The counters, and what the kernel reads (CoverageCall, by Mem.symbol): their address
     * and number, strong over the weak defaults of a normal build (arch/x86_64/coverage.c).
     * The probes name the array itself, which Java never does (its Mem.symbol declarations
     * are char arrays in os2.h).
     */
    String dataFile() {
        return "/* Coverage counters (os2.aot.Coverage). */\n"
                + "long long os2_cov_counters[" + Math.max(count, 1) + "];\n"
                + "long long *const os2_cov_base = os2_cov_counters;\n"
                + "const long long os2_cov_npoints = " + count + ";\n";
    }

    void writeTable(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, table, StandardCharsets.UTF_8);
    }

    private boolean selected(String name) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private void method(ClassInfo ci, MethodNode node) {
        InsnList insns = node.instructions;
        if (insns.size() == 0) {
            return;
        }
        String where = ci.javaName() + "\t" + node.name + node.desc;
        Map<LabelNode, Integer> lines = new IdentityHashMap<>();
        int line = 0;
        List<AbstractInsnNode> branches = new ArrayList<>();
        for (AbstractInsnNode in = insns.getFirst(); in != null; in = in.getNext()) {
            if (in instanceof LineNumberNode) {
                line = ((LineNumberNode) in).line;
            } else if (in instanceof LabelNode) {
                lines.put((LabelNode) in, line);
            } else if (in instanceof JumpInsnNode || in instanceof TableSwitchInsnNode
                    || in instanceof LookupSwitchInsnNode) {
                branches.add(in);
            }
        }
        int firstLine = firstLine(insns);
        insns.insert(probe(where, "entry", firstLine, ""));
        InsnList tail = new InsnList();
        for (AbstractInsnNode in : branches) {
            int at = lineOf(in);
            if (in instanceof JumpInsnNode) {
                JumpInsnNode j = (JumpInsnNode) in;
                if (j.getOpcode() == Opcodes.GOTO || j.getOpcode() == Opcodes.JSR) {
                    continue;
                }
                String op = opName(j.getOpcode());
                j.label = trampoline(tail, j.label, where, "taken", at, op + " -> line " + lineAt(lines, j.label));
                insns.insert(j, probe(where, "fallthrough", at, op));
            } else if (in instanceof TableSwitchInsnNode) {
                TableSwitchInsnNode t = (TableSwitchInsnNode) in;
                Map<LabelNode, LabelNode> done = new IdentityHashMap<>();
                for (int i = 0; i < t.labels.size(); i++) {
                    t.labels.set(i, switchEdge(tail, done, t.labels.get(i), where, at, "case " + (t.min + i), lines));
                }
                t.dflt = switchEdge(tail, done, t.dflt, where, at, "default", lines);
            } else {
                LookupSwitchInsnNode t = (LookupSwitchInsnNode) in;
                Map<LabelNode, LabelNode> done = new IdentityHashMap<>();
                for (int i = 0; i < t.labels.size(); i++) {
                    t.labels.set(i, switchEdge(tail, done, t.labels.get(i), where, at, "case " + t.keys.get(i), lines));
                }
                t.dflt = switchEdge(tail, done, t.dflt, where, at, "default", lines);
            }
        }
        Map<LabelNode, Boolean> handlers = new IdentityHashMap<>();
        for (TryCatchBlockNode tc : node.tryCatchBlocks) {
            if (handlers.put(tc.handler, Boolean.TRUE) == null) {
                String type = tc.type == null ? "any" : tc.type.replace('/', '.');
                insns.insert(tc.handler, probe(where, "catch", lineAt(lines, tc.handler), type));
            }
        }
        insns.add(tail);   // after the last instruction, which never falls through (JVMS 4.10)
    }

    /** One trampoline per distinct target of a switch: the cases sharing a target share its edge. */
    private LabelNode switchEdge(InsnList tail, Map<LabelNode, LabelNode> done, LabelNode target, String where,
            int at, String what, Map<LabelNode, Integer> lines) {
        LabelNode t = done.get(target);
        if (t == null) {
            t = trampoline(tail, target, where, "switch", at, what + " -> line " + lineAt(lines, target));
            done.put(target, t);
        }
        return t;
    }

    private LabelNode trampoline(InsnList tail, LabelNode target, String where, String kind, int line, String detail) {
        LabelNode start = new LabelNode();
        tail.add(start);
        tail.add(probe(where, kind, line, detail));
        tail.add(new JumpInsnNode(Opcodes.GOTO, target));
        return start;
    }

    private Probe probe(String where, String kind, int line, String detail) {
        Probe p = new Probe(count++);
        table.append(p.id).append('\t').append(where).append('\t').append(kind).append('\t').append(line)
                .append('\t').append(detail).append('\n');
        return p;
    }

    private static int firstLine(InsnList insns) {
        for (AbstractInsnNode in = insns.getFirst(); in != null; in = in.getNext()) {
            if (in instanceof LineNumberNode) {
                return ((LineNumberNode) in).line;
            }
        }
        return 0;
    }

    private static int lineOf(AbstractInsnNode in) {
        for (AbstractInsnNode p = in; p != null; p = p.getPrevious()) {
            if (p instanceof LineNumberNode) {
                return ((LineNumberNode) p).line;
            }
        }
        return 0;
    }

    /** The first source line at or after a label (where the target's code begins). */
    private static int lineAt(Map<LabelNode, Integer> lines, LabelNode l) {
        for (AbstractInsnNode p = l; p != null; p = p.getNext()) {
            if (p instanceof LineNumberNode) {
                return ((LineNumberNode) p).line;
            }
            if (p.getOpcode() >= 0) {
                break;
            }
        }
        Integer before = lines.get(l);
        return before == null ? 0 : before;
    }

    private static String opName(int op) {
        switch (op) {
            case Opcodes.IFEQ: return "ifeq";
            case Opcodes.IFNE: return "ifne";
            case Opcodes.IFLT: return "iflt";
            case Opcodes.IFGE: return "ifge";
            case Opcodes.IFGT: return "ifgt";
            case Opcodes.IFLE: return "ifle";
            case Opcodes.IF_ICMPEQ: return "if_icmpeq";
            case Opcodes.IF_ICMPNE: return "if_icmpne";
            case Opcodes.IF_ICMPLT: return "if_icmplt";
            case Opcodes.IF_ICMPGE: return "if_icmpge";
            case Opcodes.IF_ICMPGT: return "if_icmpgt";
            case Opcodes.IF_ICMPLE: return "if_icmple";
            case Opcodes.IF_ACMPEQ: return "if_acmpeq";
            case Opcodes.IF_ACMPNE: return "if_acmpne";
            case Opcodes.IFNULL: return "ifnull";
            case Opcodes.IFNONNULL: return "ifnonnull";
            default: return "op" + op;
        }
    }
}
