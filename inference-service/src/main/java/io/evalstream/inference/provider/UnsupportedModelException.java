package io.evalstream.inference.provider;

/**
 * The request names a provider or model this service does not have, or asks something of a model that it
 * cannot do. Reported as an ERROR response of kind UNSUPPORTED: retrying would not help.
 */
public class UnsupportedModelException extends ModelCallException {
    public static final String KIND = "UNSUPPORTED";

    public UnsupportedModelException(String message) {
        super(KIND, null, message);
    }
}
