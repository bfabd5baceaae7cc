package java.io;

/** Marks serializable classes (OS2 has no serialization; the marker exists for source compatibility). */
public interface Serializable {
}
