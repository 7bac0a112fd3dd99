package io.evalstream.inference.provider.http;

/** How an API expects its key: OpenAI's {@code Authorization: Bearer} or Anthropic's {@code x-api-key}. */
public enum AuthStyle {
    BEARER,
    X_API_KEY;

    String header() {
        return this == BEARER ? "Authorization" : "x-api-key";
    }

    String value(String key) {
        return this == BEARER ? "Bearer " + key : key;
    }
}
