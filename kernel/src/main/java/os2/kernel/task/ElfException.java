package os2.kernel.task;

/**
 * An ELF file refused by {@link ElfImage#parse}. The message names the field and the values,
 * e.g. {@code program header 2: p_offset+p_filesz (0x3100) is past the end of the file (0x3000)}.
 */
public final class ElfException extends Exception {
    /** A refusal described by {@code message}. */
    public ElfException(String message) {
        super(message);
    }
}
