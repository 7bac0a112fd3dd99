package io.evalstream.contracts;

/** Why a model is called: to answer an item, or to judge other answers (then with parent request ids). */
public enum Purpose {
    ANSWER, JUDGE
}
