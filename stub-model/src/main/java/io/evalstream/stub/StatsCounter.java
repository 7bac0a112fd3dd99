package io.evalstream.stub;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Thread-safe counters behind {@link StubStats}; admission to the concurrency limit happens here too. */
final class StatsCounter {
    private final LongAdder requests = new LongAdder();
    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder errors = new LongAdder();

    void received(String path) {
        requests.increment();
        byPath.computeIfAbsent(path, p -> new LongAdder()).increment();
    }

    /** Admits one request unless {@code max} (0 = unlimited) are already in flight. */
    boolean tryEnter(int max) {
        while (true) {
            int current = inFlight.get();
            if (max > 0 && current >= max) {
                return false;
            }
            if (inFlight.compareAndSet(current, current + 1)) {
                peakInFlight.accumulateAndGet(current + 1, Math::max);
                return true;
            }
        }
    }

    void exit() {
        inFlight.decrementAndGet();
    }

    void rateLimited() {
        rateLimited.increment();
    }

    void error() {
        errors.increment();
    }

    StubStats snapshot() {
        Map<String, Long> paths = new TreeMap<>();
        byPath.forEach((path, count) -> paths.put(path, count.sum()));
        return new StubStats(requests.sum(), paths, peakInFlight.get(), inFlight.get(), rateLimited.sum(),
                errors.sum());
    }

    /** Zeroes every counter; requests in flight stay counted in {@code inFlight} and become the new peak. */
    void reset() {
        requests.reset();
        byPath.clear();
        peakInFlight.set(inFlight.get());
        rateLimited.reset();
        errors.reset();
    }
}
