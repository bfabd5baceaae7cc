package os2.user.sh;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses shell text into an {@link Ast.Script}:
 * <pre>
 * script   := NL* ( andor ( sep andor )* sep? )? EOF      sep := (';' | '&') NL* | NL+
 * andor    := pipeline ( ('&&' | '||') NL* pipeline )*
 * pipeline := command ( '|' NL* command )*
 * command  := ( NAME=value )* ( word | redirect )+ | ( NAME=value )+
 * redirect := ('<' | '>' | '>>' | '2>' | '2>>') word | '2>&1'
 * </pre>
 * Errors are {@link SyntaxError}s naming the first unexpected token.
 */
public final class Parser {
    private final String src;
    private final List<Lexer.Token> toks;
    private int i;

    private Parser(String src) {
        this.src = src;
        this.toks = Lexer.tokens(src);
    }

    /** The syntax tree of src. */
    public static Ast.Script parse(String src) {
        return new Parser(src).script();
    }

    private Lexer.Token peek() {
        return toks.get(i);
    }

    private boolean isOp(String op) {
        return peek().kind() == Lexer.Kind.OP && peek().op().equals(op);
    }

    private void skipNewlines() {
        while (peek().kind() == Lexer.Kind.NEWLINE) {
            i++;
        }
    }

    private SyntaxError unexpected() {
        Lexer.Token t = peek();
        return new SyntaxError(src, t.offset(), "unexpected " + t.describe(), t.kind() == Lexer.Kind.EOF);
    }

    private Ast.Script script() {
        List<Ast.AndOr> lists = new ArrayList<>();
        skipNewlines();
        while (peek().kind() != Lexer.Kind.EOF) {
            int start = peek().offset();
            List<Ast.Pipeline> pipes = new ArrayList<>();
            List<String> ops = new ArrayList<>();
            pipes.add(pipeline());
            while (isOp("&&") || isOp("||")) {
                ops.add(peek().op());
                i++;
                skipNewlines();
                pipes.add(pipeline());
            }
            int end = toks.get(i - 1).end();
            boolean bg = isOp("&");
            String text = src.substring(start, end).trim();
            lists.add(new Ast.AndOr(pipes, ops, bg, text));
            if (bg || isOp(";")) {
                i++;
                skipNewlines();
            } else if (peek().kind() == Lexer.Kind.NEWLINE) {
                skipNewlines();
            } else if (peek().kind() != Lexer.Kind.EOF) {
                throw unexpected();
            }
        }
        return new Ast.Script(lists);
    }

    private Ast.Pipeline pipeline() {
        List<Ast.Command> cmds = new ArrayList<>();
        cmds.add(command());
        while (isOp("|")) {
            i++;
            skipNewlines();
            cmds.add(command());
        }
        return new Ast.Pipeline(cmds);
    }

    private Ast.Command command() {
        List<Ast.Assignment> assigns = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Ast.Redirect> redirs = new ArrayList<>();
        while (true) {
            Lexer.Token t = peek();
            if (t.kind() == Lexer.Kind.WORD) {
                i++;
                String name = words.isEmpty() ? t.word().assignmentName() : null;
                if (name != null) {
                    assigns.add(new Ast.Assignment(name, t.word().assignmentValue()));
                } else {
                    words.add(t.word());
                }
            } else if (t.kind() == Lexer.Kind.OP && redirKind(t.op()) != null) {
                i++;
                Ast.RedirKind k = redirKind(t.op());
                Word target = null;
                if (k != Ast.RedirKind.ERR_TO_OUT) {
                    if (peek().kind() != Lexer.Kind.WORD) {
                        Lexer.Token n = peek();
                        throw new SyntaxError(src, n.offset(), "expected a file name after '" + t.op()
                                + "', found " + n.describe(), n.kind() == Lexer.Kind.EOF);
                    }
                    target = peek().word();
                    i++;
                }
                redirs.add(new Ast.Redirect(k, target));
            } else {
                break;
            }
        }
        if (assigns.isEmpty() && words.isEmpty() && redirs.isEmpty()) {
            throw unexpected();
        }
        return new Ast.Command(assigns, words, redirs);
    }

    private static Ast.RedirKind redirKind(String op) {
        switch (op) {
            case "<": return Ast.RedirKind.IN;
            case ">": return Ast.RedirKind.OUT;
            case ">>": return Ast.RedirKind.APPEND;
            case "2>": return Ast.RedirKind.ERR;
            case "2>>": return Ast.RedirKind.ERR_APPEND;
            case "2>&1": return Ast.RedirKind.ERR_TO_OUT;
            default: return null;
        }
    }
}
