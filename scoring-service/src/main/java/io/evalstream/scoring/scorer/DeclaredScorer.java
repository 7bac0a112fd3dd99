package io.evalstream.scoring.scorer;

/**
 * A scorer whose kind, read mode, name and filter are fixed: declared once in the constructor instead of three
 * accessor methods per scorer. Not final, because CDI's client proxies subclass the beans.
 */
public abstract class DeclaredScorer implements Scorer {
    private final ScorerKey key;
    private final String name;
    private final String filter;

    protected DeclaredScorer(String kind, ReadMode mode, String name, String filter) {
        this.key = new ScorerKey(kind, mode);
        this.name = name;
        this.filter = filter;
    }

    @Override
    public ScorerKey key() {
        return key;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String filter() {
        return filter;
    }
}
