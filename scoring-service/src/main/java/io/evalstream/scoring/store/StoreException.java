package io.evalstream.scoring.store;

/**
 * A database failure while storing. Unchecked, so that {@code @Transactional} rolls the transaction back (it
 * commits on checked exceptions) and the caller may retry the whole batch.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
