package io.evalstream.scoring.store;

/**
 * PostgreSQL {@code text} cannot hold the NUL character, and model outputs and provider messages may contain
 * one. Removing it keeps such a response from failing its whole batch. Applied where rows are built
 * ({@link ScoreRow}) and to run ids of run events, so keys stay equal across tables.
 */
final class SqlText {
    private SqlText() {
    }

    static String clean(String value) {
        return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
    }
}
