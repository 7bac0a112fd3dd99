package io.evalstream.contracts;

/** How a request's variant was derived from its item. */
public enum VariantKind {
    ORIGINAL, PERMUTATION, SWAP, TEMPLATE
}
