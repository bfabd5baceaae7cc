package os2.aot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
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
 * Translates one method's bytecode to a C function. ASM's analyzer gives the
 * kind of every operand-stack value and local at each instruction; value i of
 * kind k lives in C variable {@code s<i><k>}, local n in {@code l<n><k>}. Each
 * instruction becomes one C statement ({@link InsnEmitter}); jumps are gotos;
 * every instruction that can throw jumps to the dispatch of its handlers.
 */
final class MethodEmitter {
    final Program prog;
    final MethodInfo method;
    final MethodNode node;
    final StringBuilder out = new StringBuilder();
    Frame<BasicValue>[] frames;
    final Map<LabelNode, Integer> labels = new HashMap<>();
    /** Handler lists (by key) to the dispatch label number. */
    private final Map<String, Integer> dispatch = new LinkedHashMap<>();
    private final Map<String, List<TryCatchBlockNode>> dispatchHandlers = new HashMap<>();
    private final TreeSet<String> vars = new TreeSet<>();
    boolean hasFrame;
    /** Uses os2.rt intrinsics: a raw access may fault, so frame stores must not sink past it. */
    boolean touchesHardware;
    boolean usesOut;
    /**
     * The frame is linked only on the way to a throw, out of line (see {@link #lazyThrow} and
     * {@link #coldPart}): for methods whose calls either can never throw (Throws: nothing in
     * them reads the frame chain) or lie on paths that end in a throw (doomed: moved to the
     * cold part, which links a frame for them), so small hot methods have no frame, line
     * stores or registers kept for their failure paths.
     */
    boolean lazyFrame;
    private boolean usesOutNoFrame;
    /** The line last stored in F.line on the straight-line path being emitted; -1 after a join. */
    private int storedLine = -1;
    int line;
    String file;

    MethodEmitter(Program prog, MethodInfo method) {
        this.prog = prog;
        this.method = method;
        this.node = method.node;
        // the path relative to a source root ("os2/kernel/Kernel.java"), so gdb with
        // `directory src/main/java` finds it and two Main.java files stay apart
        String src = method.owner.node.sourceFile;
        int slash = method.owner.name.lastIndexOf('/');
        this.file = src == null ? null : slash < 0 ? src : method.owner.name.substring(0, slash + 1) + src;
    }

    String emit() {
        analyze();
        hasFrame = needsFrame() && !hiddenFrame();
        touchesHardware = usesIntrinsics();
        StringBuilder body = new StringBuilder();
        InsnEmitter ie = new InsnEmitter(this, body);
        InsnList insns = node.instructions;
        // synchronized methods keep an eager frame: their monitor is released at the common exits
        lazyFrame = hasFrame && !touchesHardware && !isSynchronized() && node.tryCatchBlocks.isEmpty()
                && callsOnlyToThrow(ie);
        outlined = lazyFrame && doomedCalls;
        if (outlined) {
            findEntries();
        }
        emitInsns(ie, body, false);
        if (!node.tryCatchBlocks.isEmpty()) {
            vars.add("s0a"); // handlers receive the exception in s0a
        }
        StringBuilder fn = new StringBuilder();
        int first = firstLine();
        if (file != null && first > 0 && !prog.noLines) {
            // the prologue belongs to the method's first line: a breakpoint on the
            // function then stops in Java source, not in generated C
            fn.append("#line ").append(first).append(" \"").append(file).append("\"\n");
        }
        fn.append(prog.prototype(method)).append(" {\n");
        if (hasFrame && !lazyFrame) {
            fn.append("JFrame F; ");
            if (prog.stackChecks && !prog.throwsInfo.never(method)) {
                // a method that calls can recurse: below the limit, StackOverflowError instead of a fault
                // (not on the kernel target, whose stacks have guard pages: Program.stackChecks).
                // Lazy-frame leaves call nothing, and methods that never throw (Throws) call only such
                // methods, so neither can recurse; they skip it, and their callers need no os2_exc test.
                fn.append("if (OS2_STACK_LOW(F)) { os2_stack_overflow(); return")
                        .append(method.returnType().getSort() == Type.VOID ? "" : " 0").append("; }\n");
            }
            fn.append("F.up = os2_top; F.m = &").append(miName()).append("; F.line = 0; ")
                    .append(prog.orderedFrames ? "OS2_LINK(F);" : "os2_top = &F;")
                    .append(touchesHardware ? " OS2_FENCE(F);\n" : "\n");
        }
        declareVars(fn);
        if (lazyFrame && usesOutNoFrame && !prog.throwsInfo.never(method)) {
            // tells gcc that no exception is pending on entry: where this method is inlined, the
            // caller's os2_exc test after it then folds unless something in between may have set it.
            // Only where the caller has such a test: in the kernel's fenced methods gcc kept the
            // load and branch of an inlined never-throwing leaf's statement (tableAt, +2 a call)
            fn.append("OS2_NO_PENDING_EXCEPTION();\n");
        }
        if (isSynchronized()) {
            fn.append("OS2_MONITOR_ENTER(").append(method.isStatic() ? "&" + prog.classRef(method.owner.name) : "p0").append(");\n");
        }
        fn.append(body);
        emitDispatch(fn);
        fn.append("}\n");
        return outlined ? coldPart() + fn : fn.toString();
    }

    /**
     * Emits the instructions of the method (cold false), or of its cold part (cold true: the
     * doomed instructions only, see {@link #coldPart}). With {@link #outlined}, the method
     * itself calls the cold part where a doomed path begins and skips the doomed instructions.
     */
    private void emitInsns(InsnEmitter ie, StringBuilder body, boolean cold) {
        InsnList insns = node.instructions;
        storedLine = -1;
        line = 0;
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode in = insns.get(i);
            if (in instanceof LabelNode) {
                // in the cold part only the labels of doomed code; in the method every label
                // (one that leads into doomed code is followed by the call of the cold part)
                boolean here = !cold || nextDoomed(i);
                Integer n = labels.get(in);
                if (n != null && here) {
                    body.append("L").append(n).append(":;\n");
                    storedLine = -1;
                }
                if (in instanceof Coverage.Probe && (outlined ? nextDoomed(i) == cold : true)) {
                    body.append(Coverage.statement((Coverage.Probe) in));   // only with --coverage
                }
                continue;
            }
            if (in instanceof LineNumberNode) {
                line = ((LineNumberNode) in).line;
                if (file != null && !prog.noLines) {
                    body.append("#line ").append(line).append(" \"").append(file).append("\"\n");
                }
                if (hasFrame && touchesHardware) {
                    // a hardware fault may come from any raw access: the line is always current
                    body.append("F.line = ").append(line).append("; OS2_FENCE(F);\n");
                }
                continue;
            }
            if (in.getOpcode() < 0 || frames[i] == null) {
                continue; // frame nodes, and dead code the analyzer never reached
            }
            if (outlined && doomed[i] != cold) {
                if (!cold && entry[i] >= 0) {
                    // a doomed path begins: the cold part links the frame, throws, unlinks
                    body.append(coldName()).append("(").append(entry[i]);
                    for (String p : coldParams) {
                        body.append(", ").append(p);
                    }
                    body.append("); goto ").append(outNoFrame()).append(";\n");
                }
                continue;
            }
            if (cold && entry[i] >= 0) {
                body.append("E").append(entry[i]).append(":;\n");
                storedLine = -1;
            }
            if (hasFrame && !lazyFrame && !touchesHardware && storedLine != line
                    && InsnEmitter.mayThrow(in, frames[i]) && !InsnEmitter.throwsOnlyByChecks(in.getOpcode())) {
                // the line is read only by what throws or calls: store it just before that
                body.append("F.line = ").append(line).append(";\n");
                storedLine = line;
            }
            try {
                ie.emit(i, in, frames[i]);
            } catch (CompileError e) {
                throw new CompileError(e.getMessage() + " in " + method.where(line));
            }
        }
    }

    /**
     * A lazy-frame method with doomed calls has its doomed instructions (the paths that can
     * only end in a throw, such as {@code throw new X("bad " + v)}) moved to this cold,
     * never-inlined function of its own: it links a frame standing for the method's (same
     * method info, the lines of the doomed code), runs the path as an eager-frame method
     * would, and leaves the exception in os2_exc. The method itself then has no frame and
     * keeps no registers for those paths, so gcc can inline it into its callers.
     * Doomed paths only lead to doomed instructions and the method has no handlers, so the
     * part is closed: it is entered at one of its entries (chosen by the first argument),
     * with the method's locals and stack values at those points, and returns when it throws.
     */
    private String coldPart() {
        boolean wasLazy = lazyFrame;
        boolean wasOut = usesOut;
        lazyFrame = false;
        usesOut = false;
        StringBuilder body = new StringBuilder();
        emitInsns(new InsnEmitter(this, body), body, true);
        lazyFrame = wasLazy;
        usesOut = wasOut;
        StringBuilder fn = new StringBuilder("static OS2_COLD void ").append(coldName()).append("(jint e");
        for (String p : coldParams) {
            fn.append(", ").append(ctype(p.charAt(p.length() - 1))).append(p.endsWith("a") ? "" : " ").append(p);
        }
        fn.append(") {\nJFrame F; ");
        if (prog.stackChecks) {
            // a doomed call may recurse (an exception's message built by this method's callers)
            fn.append("if (OS2_STACK_LOW(F)) { os2_stack_overflow(); return; }\n");
        }
        fn.append("F.up = os2_top; F.m = &").append(miName()).append("; F.line = 0; ")
                .append(prog.orderedFrames ? "OS2_LINK(F);\n" : "os2_top = &F;\n");
        for (String v : vars) {
            if (!coldParams.contains(v)) {
                char k = v.charAt(v.length() - 1);
                fn.append(ctype(k)).append(k == 'a' ? "" : " ").append(v).append(" = 0;\n");
            }
        }
        fn.append("switch (e) {");
        for (int n = 0; n < entries; n++) {
            fn.append(" case ").append(n).append(": goto E").append(n).append(';');
        }
        fn.append(" default: break; }\n");
        fn.append(body);
        fn.append("OUT:\n  os2_top = F.up;\n  return;\n}\n");
        return fn.toString();
    }

    /** Doomed instructions are moved to the method's cold part ({@link #coldPart}). */
    private boolean outlined;
    /** Per instruction index: the number of the cold part's entry that begins there, or -1. */
    private int[] entry;
    private int entries;
    /** The variables the cold part receives: every local and stack value at any of its entries. */
    private final TreeSet<String> coldParams = new TreeSet<>();

    private String coldName() {
        return prog.functionName(method) + "__cold";
    }

    /**
     * The doomed instructions where a doomed path can begin: after a label (a jump may lead
     * there) or after an instruction of the method's normal paths.
     */
    private void findEntries() {
        InsnList insns = node.instructions;
        entry = new int[insns.size()];
        java.util.Arrays.fill(entry, -1);
        boolean labelled = false;
        boolean prevDoomed = false;
        for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode in = insns.get(i);
            if (in instanceof LabelNode && labels.containsKey(in)) {
                labelled = true;
                continue;
            }
            if (in.getOpcode() < 0 || frames[i] == null) {
                continue;
            }
            if (doomed[i] && (labelled || !prevDoomed)) {
                entry[i] = entries++;
                Frame<BasicValue> f = frames[i];
                for (int l = 0; l < f.getLocals(); l++) {
                    char k = kind(f.getLocal(l));
                    if (k != 0 && vars.contains("l" + l + k)) {
                        coldParams.add("l" + l + k);
                    }
                }
                for (int s = 0; s < f.getStackSize(); s++) {
                    char k = kind(f.getStack(s));
                    if (k != 0) {
                        coldParams.add("s" + s + k);
                    }
                }
            }
            labelled = false;
            prevDoomed = doomed[i];
        }
    }

    /** Whether the first real instruction after index i is doomed (and outlined). */
    private boolean nextDoomed(int i) {
        return outlined && doomedAt(node.instructions.get(i).getNext());
    }

    /** Bytecode instructions of the largest method copied into os2.h for other files to inline. */
    static final int INLINE_MAX_INSNS = 24;

    /**
     * After {@link #emit}: text (its C) can be copied into os2.h for callers in other files
     * to inline. Small, frameless (no shadow frame, no exit label: nothing in it can throw
     * or call anything that can), no handlers, no monitor, and nothing but what os2.h
     * declares (no method info, no coverage counters; call-site caches are checked by the caller).
     */
    boolean inlinable(String text) {
        if (hardwareLeaf(text)) {
            return small() && !text.replace(miName(), "").contains("MI_") && !text.contains("os2_cov");
        }
        if (hasFrame && !lazyFrame || outlined || usesOut || usesOutNoFrame || !dispatch.isEmpty()
                || isSynchronized() || !node.tryCatchBlocks.isEmpty() || method.node.name.equals("<clinit>")) {
            return false;
        }
        return small() && !text.contains("JFrame") && !text.contains("MI_") && !text.contains("os2_cov");
    }

    /** At most {@link #INLINE_MAX_INSNS} bytecode instructions. */
    private boolean small() {
        int insns = 0;
        for (AbstractInsnNode in = node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (in.getOpcode() >= 0) {
                insns++;
            }
        }
        return insns <= INLINE_MAX_INSNS;
    }

    /**
     * After {@link #emit}: a method whose only reason for a frame is a raw access (an
     * intrinsic) that could fault, such as a getter of a register save area: it calls
     * nothing but intrinsics and nothing in it throws, so its text, frame and all, can be
     * inlined anywhere. Its frame names it by its method info ({@link #miName}), which
     * its class's file then defines with external linkage for os2.h to declare.
     * Without this, such a getter is inlined only where its caller happens to share its
     * C file, which moves with the size of every class before it (Main#writeChunks).
     */
    boolean hardwareLeaf(String text) {
        if (!hasFrame || lazyFrame || !touchesHardware || outlined || usesOutNoFrame
                || !dispatch.isEmpty() || isSynchronized() || !node.tryCatchBlocks.isEmpty()
                || method.node.name.equals("<clinit>")) {
            return false;
        }
        for (AbstractInsnNode in = node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (in instanceof org.objectweb.asm.tree.MethodInsnNode
                    && !Intrinsics.isIntrinsic(((org.objectweb.asm.tree.MethodInsnNode) in).owner)
                    && !Intrinsics.isPure(in)
                    || in.getOpcode() == Opcodes.INVOKEDYNAMIC) {
                return false;
            }
        }
        // the exit label may be there, but nothing may go to it: nothing throws
        return !text.contains("OUT;") && !text.contains("OUT)") && !text.contains("os2_stack_overflow");
    }

    private boolean usesIntrinsics() {
        for (AbstractInsnNode in = node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (in instanceof org.objectweb.asm.tree.MethodInsnNode
                    && Intrinsics.isIntrinsic(((org.objectweb.asm.tree.MethodInsnNode) in).owner)) {
                return true;
            }
        }
        return false;
    }

    private int firstLine() {
        for (AbstractInsnNode in = node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (in instanceof LineNumberNode) {
                return ((LineNumberNode) in).line;
            }
        }
        return 0;
    }

    /** Per instruction index: every path from it ends in athrow (or in a call that throws). */
    private boolean[] doomed;
    /** Some doomed instruction calls out: the doomed paths need a linked frame (the cold part). */
    private boolean doomedCalls;

    /**
     * True when every instruction that calls out (see InsnEmitter#frameOnlyToThrow) is doomed:
     * it lies on a path that can only end by throwing, such as the making of an exception
     * ({@code if (bad) throw new X("..." + v)}). The normal paths then need no frame; a doomed
     * call is moved with its whole doomed path to the method's cold part ({@link #coldPart}).
     */
    private boolean callsOnlyToThrow(InsnEmitter ie) {
        InsnList insns = node.instructions;
        int n = insns.size();
        doomed = new boolean[n];
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                AbstractInsnNode in = insns.get(i);
                if (doomed[i] || in.getOpcode() < 0 || frames[i] == null) {
                    continue;
                }
                if (allSuccessorsDoomed(in)) {
                    doomed[i] = true;
                    changed = true;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            AbstractInsnNode in = insns.get(i);
            if (in.getOpcode() >= 0 && frames[i] != null && !ie.frameOnlyToThrow(in)) {
                if (!doomed[i]) {
                    return false;
                }
                doomedCalls = true;
            }
        }
        return true;
    }

    private boolean allSuccessorsDoomed(AbstractInsnNode in) {
        int op = in.getOpcode();
        if (op == Opcodes.ATHROW) {
            return true;
        }
        if ((op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.RET || op == Opcodes.JSR) {
            return false;
        }
        if (in instanceof JumpInsnNode) {
            if (!doomedAt(((JumpInsnNode) in).label)) {
                return false;
            }
            return op == Opcodes.GOTO || doomedAt(in.getNext());
        }
        if (in instanceof TableSwitchInsnNode) {
            TableSwitchInsnNode t = (TableSwitchInsnNode) in;
            for (LabelNode l : t.labels) {
                if (!doomedAt(l)) {
                    return false;
                }
            }
            return doomedAt(t.dflt);
        }
        if (in instanceof LookupSwitchInsnNode) {
            LookupSwitchInsnNode t = (LookupSwitchInsnNode) in;
            for (LabelNode l : t.labels) {
                if (!doomedAt(l)) {
                    return false;
                }
            }
            return doomedAt(t.dflt);
        }
        return doomedAt(in.getNext());
    }

    /** Whether the first real instruction at or after `at` is doomed. */
    private boolean doomedAt(AbstractInsnNode at) {
        while (at != null && at.getOpcode() < 0) {
            at = at.getNext();
        }
        return at != null && doomed[node.instructions.indexOf(at)];
    }

    /**
     * The call of a lazy frame's throw: helper is a VMHelper throw call, and the runtime's
     * function of the same name (os2_lazy_...) links a frame for this method at the current
     * line around it, out of line, so the method needs no frame of its own.
     */
    String lazyThrow(String helper) {
        String prefix = "java_lang_VMHelper__";
        if (!helper.startsWith(prefix)) {
            throw new IllegalStateException("not a VMHelper throw: " + helper);
        }
        int paren = helper.indexOf('(');
        String args = helper.substring(paren + 1);
        return "os2_lazy_" + helper.substring(prefix.length(), paren) + "(&" + miName() + ", " + line
                + (args.startsWith(")") ? "" : ", ") + args;
    }

    /** Leaves for an athrow with a lazy frame, unlinking it if a doomed call linked it. */
    String lazyThrowExit() {
        return "goto " + outNoFrame() + ";";   // nothing linked the frame (doomed calls are outlined)
    }

    /** The exit for an exception with a lazy frame that was never linked (athrow). */
    String outNoFrame() {
        usesOutNoFrame = true;
        return "OUTN";
    }

    /**
     * An eager frame whose checks store the line on their cold paths (InsnEmitter#raise), so
     * instructions that throw only through checks need no line store on the normal path
     * (methods touching hardware keep a store per line: a fault may come from any access).
     */
    boolean coldLines() {
        return hasFrame && !lazyFrame && !touchesHardware;
    }

    private NpeMessages npeMessages;
    private ExactStores exactStores;

    /** Which aastores need no type check (the static type analysis runs on first use). */
    ExactStores exactStores() {
        if (exactStores == null) {
            exactStores = new ExactStores(prog.world.cp, node);
        }
        return exactStores;
    }

    /** The helpful NullPointerException messages of this method (its source analysis runs on first use). */
    NpeMessages npeMessages() {
        if (npeMessages == null) {
            npeMessages = new NpeMessages(method.owner.name, node);
        }
        return npeMessages;
    }

    String miName() {
        return "MI_" + method.cName;
    }

    @SuppressWarnings("unchecked")
    private void analyze() {
        Analyzer<BasicValue> a = new Analyzer<>(new Nullness());
        try {
            frames = a.analyze(method.owner.name, node);
        } catch (AnalyzerException e) {
            throw new CompileError("cannot analyze " + method + ": " + e.getMessage());
        }
        for (AbstractInsnNode in = node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (in instanceof JumpInsnNode) {
                label(((JumpInsnNode) in).label);
            } else if (in instanceof TableSwitchInsnNode) {
                TableSwitchInsnNode t = (TableSwitchInsnNode) in;
                label(t.dflt);
                t.labels.forEach(this::label);
            } else if (in instanceof LookupSwitchInsnNode) {
                LookupSwitchInsnNode t = (LookupSwitchInsnNode) in;
                label(t.dflt);
                t.labels.forEach(this::label);
            }
        }
        for (TryCatchBlockNode tc : node.tryCatchBlocks) {
            label(tc.handler);
        }
        // every value of every frame gets a C variable, and so does every store target
        // (a local stored but never read again is dead in the frames that follow)
        for (AbstractInsnNode in = node.instructions.getFirst(); in != null; in = in.getNext()) {
            int op = in.getOpcode();
            if (op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
                vars.add("l" + ((org.objectweb.asm.tree.VarInsnNode) in).var + "ijfda".charAt(op - Opcodes.ISTORE));
            }
        }
        for (Frame<BasicValue> f : frames) {
            if (f == null) {
                continue;
            }
            for (int i = 0; i < f.getStackSize(); i++) {
                char k = kind(f.getStack(i));
                if (k != 0) {
                    vars.add("s" + i + k);
                }
            }
            for (int i = 0; i < f.getLocals(); i++) {
                char k = kind(f.getLocal(i));
                if (k != 0) {
                    vars.add("l" + i + k);
                }
            }
        }
    }

    int label(LabelNode l) {
        return labels.computeIfAbsent(l, k -> labels.size());
    }

    /** Methods that call nothing and cannot throw never appear in a stack trace. */
    /**
     * The plumbing desugaring adds (lambda classes, their accessors, string concatenation helpers) stands for
     * what the JVM runs in hidden frames: without a frame of its own it is absent from stack traces as there.
     */
    private boolean hiddenFrame() {
        boolean synthetic = (node.access & Opcodes.ACC_SYNTHETIC) != 0;
        boolean lambdaClass = (method.owner.node.access & Opcodes.ACC_SYNTHETIC) != 0 && method.owner.name.contains("$$Lambda$");
        return lambdaClass || synthetic && (node.name.startsWith("access$lambda$") || node.name.startsWith("concat$"));
    }

    private boolean needsFrame() {
        for (AbstractInsnNode in = node.instructions.getFirst(); in != null; in = in.getNext()) {
            if (InsnEmitter.mayThrow(in, frames[node.instructions.indexOf(in)])) {
                return true;
            }
        }
        return false;
    }

    static char kind(BasicValue v) {
        if (v == null || v.getType() == null) {
            return 0;
        }
        switch (v.getType().getSort()) {
            case Type.INT: case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT:
                return 'i';
            case Type.LONG:
                return 'j';
            case Type.FLOAT:
                return 'f';
            case Type.DOUBLE:
                return 'd';
            case Type.OBJECT: case Type.ARRAY:
                return 'a';
            default:
                return 0;
        }
    }

    static String ctype(char kind) {
        switch (kind) {
            case 'i': return "jint";
            case 'j': return "jlong";
            case 'f': return "jfloat";
            case 'd': return "jdouble";
            default: return "JObject *";
        }
    }

    private void declareVars(StringBuilder fn) {
        // parameters arrive as p0.. and are copied into their locals
        Type[] args = method.argTypes();
        int local = 0;
        if (!method.isStatic()) {
            vars.add("l0a");
            local = 1;
        }
        for (String v : vars) {
            char k = v.charAt(v.length() - 1);
            fn.append(ctype(k)).append(k == 'a' ? "" : " ").append(v).append(" = 0;\n");
        }
        if (!method.isStatic()) {
            fn.append("l0a = p0;\n");
        }
        for (int i = 0; i < args.length; i++) {
            char k = kind(new BasicValue(args[i]));
            if (vars.contains("l" + local + k)) {
                fn.append("l").append(local).append(k).append(" = p").append(i + (method.isStatic() ? 0 : 1)).append(";\n");
            }
            local += args[i].getSize();
        }
    }

    /** The label an exception raised at instruction index idx goes to. */
    String throwTarget(int idx) {
        List<TryCatchBlockNode> hs = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (TryCatchBlockNode tc : node.tryCatchBlocks) {
            int start = node.instructions.indexOf(tc.start);
            int end = node.instructions.indexOf(tc.end);
            if (idx >= start && idx < end) {
                hs.add(tc);
                key.append(label(tc.handler)).append(':').append(tc.type).append(';');
            }
        }
        if (hs.isEmpty()) {
            usesOut = true;
            return "OUT";
        }
        String k = key.toString();
        Integer n = dispatch.get(k);
        if (n == null) {
            n = dispatch.size();
            dispatch.put(k, n);
            dispatchHandlers.put(k, hs);
        }
        return "X" + n;
    }

    private void emitDispatch(StringBuilder fn) {
        for (Map.Entry<String, Integer> e : dispatch.entrySet()) {
            fn.append("X").append(e.getValue()).append(": {\n  JObject *e = os2_exc;\n");
            boolean catchAll = false;
            for (TryCatchBlockNode tc : dispatchHandlers.get(e.getKey())) {
                String target = "L" + labels.get(tc.handler);
                if (tc.type == null || tc.type.equals("java/lang/Throwable")) {
                    fn.append("  os2_exc = 0; s0a = e; goto ").append(target).append(";\n");
                    catchAll = true;
                    break;
                }
                fn.append("  if (os2_instanceof(e, &").append(prog.classRef(tc.type))
                        .append(")) { os2_exc = 0; s0a = e; goto ").append(target).append("; }\n");
            }
            if (!catchAll) {
                fn.append("  goto OUT;\n");
                usesOut = true;
            }
            fn.append("}\n");
        }
        if (usesOut || usesOutNoFrame || !dispatch.isEmpty()) {
            if (usesOut || !dispatch.isEmpty()) {
                fn.append("OUT:\n");
                if (hasFrame && !lazyFrame) {
                    fn.append("  os2_top = F.up;\n");
                }
            }
            if (usesOutNoFrame) {
                fn.append("OUTN:\n");
            }
            if (isSynchronized()) {
                fn.append("  OS2_MONITOR_EXIT();\n");
            }
            Type rt = method.returnType();
            fn.append(rt.getSort() == Type.VOID ? "  return;\n" : "  return 0;\n");
        }
    }

    /** A synchronized method holds its object's (or class's) monitor from entry to every exit. */
    private boolean isSynchronized() {
        return (node.access & Opcodes.ACC_SYNCHRONIZED) != 0;
    }

    /** The statement that leaves the method normally with value v (null for void). */
    String ret(String v) {
        String pop = (isSynchronized() ? "OS2_MONITOR_EXIT(); " : "") + (hasFrame && !lazyFrame ? "os2_top = F.up; " : "");
        return "{ " + pop + (v == null ? "return; }" : "return " + v + "; }");
    }
}
