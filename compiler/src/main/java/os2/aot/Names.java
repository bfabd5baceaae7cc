package os2.aot;

/**
 * C names for Java entities (docs/RUNTIME-ABI.md): readable, deterministic, and
 * collision-free because '_' itself is escaped.
 */
public final class Names {
    private Names() {
    }

    /** Letters and digits stay, '/' and '.' become '_', '_' becomes "_1", '$' becomes "_2". */
    public static String mangle(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (c == '/' || c == '.') {
                b.append('_');
            } else if (c == '_') {
                b.append("_1");
            } else if (c == '$') {
                b.append("_2");
            } else {
                b.append("_3").append(String.format("%04x", (int) c));
            }
        }
        return b.toString();
    }

    /** The class struct of a class, interface or array type given by internal name or descriptor. */
    public static String classStruct(String internalNameOrArrayDesc) {
        return "os2c_" + typeKey(internalNameOrArrayDesc);
    }

    private static String typeKey(String t) {
        if (t.startsWith("[")) {
            return "arr_" + elementKey(t.substring(1));
        }
        return mangle(t);
    }

    private static String elementKey(String desc) {
        switch (desc.charAt(0)) {
            case '[':
                return "arr_" + elementKey(desc.substring(1));
            case 'L':
                return mangle(desc.substring(1, desc.length() - 1));
            default:
                return desc;
        }
    }

    public static String primitiveStruct(char descriptor) {
        return "os2c_prim_" + descriptor;
    }

    public static String staticField(String owner, String name) {
        return "S_" + mangle(owner) + "__" + mangle(name);
    }

    public static String nativeMethod(String owner, String name) {
        return "os2n_" + mangle(owner) + "_" + name;
    }

    /** The part of a descriptor between the parentheses, mangled, for overloaded names. */
    public static String paramsKey(String desc) {
        String params = desc.substring(1, desc.indexOf(')'));
        return params.isEmpty() ? "V" : mangle(params.replace(';', '.').replace('[', '$'));
    }
}
