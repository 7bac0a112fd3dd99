package io.evalstream.cli.command;

import io.evalstream.cli.client.ApiClient;
import picocli.CommandLine.Option;

/** Where the services are: the quickstart's ports by default (as {@code evalstream demo} starts them). */
public final class ServiceUrls {
    @Option(names = "--item-url", defaultValue = "${env:EVALSTREAM_ITEM_URL:-http://localhost:8081}",
            description = "item-service base URL (default: ${DEFAULT-VALUE}; env EVALSTREAM_ITEM_URL).")
    String itemUrl;

    @Option(names = "--scoring-url", defaultValue = "${env:EVALSTREAM_SCORING_URL:-http://localhost:8080}",
            description = "scoring-service base URL (default: ${DEFAULT-VALUE}; env EVALSTREAM_SCORING_URL).")
    String scoringUrl;

    public ApiClient client() {
        return new ApiClient(strip(itemUrl), strip(scoringUrl));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
