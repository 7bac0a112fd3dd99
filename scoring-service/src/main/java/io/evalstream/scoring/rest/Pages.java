package io.evalstream.scoring.rest;

/** Checks of paging parameters, so a bad value is a 400 problem naming the parameter. */
final class Pages {
    private Pages() {
    }

    static int limit(Integer requested, int defaultLimit, int max) {
        int limit = requested == null ? defaultLimit : requested;
        if (limit < 1 || limit > max) {
            throw new InvalidParameterProblem("limit", "limit must be between 1 and " + max + ", was " + limit);
        }
        return limit;
    }

    static int offset(Integer requested) {
        int offset = requested == null ? 0 : requested;
        if (offset < 0) {
            throw new InvalidParameterProblem("offset", "offset must not be negative, was " + offset);
        }
        return offset;
    }
}
