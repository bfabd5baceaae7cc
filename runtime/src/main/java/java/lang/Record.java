package java.lang;

/** The superclass of every record; the compiler generates equals/hashCode/toString. */
public abstract class Record {
    protected Record() {
    }

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
