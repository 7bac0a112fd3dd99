package io.evalstream.item.importer;

import java.util.List;

/**
 * A published dataset format (CrowS-Pairs CSV, MoralChoice scenarios and templates, AlpacaEval annotations,
 * RewardBench JSONL, ...) read as it is distributed and converted into evalstream items. Adding a format is one
 * {@code @ApplicationScoped} class implementing this; {@link DatasetFormats} finds every bean.
 *
 * <p>A format only converts: each item it yields is an ordinary item line ({@code id}, {@code kind},
 * {@code slices} and the kind's fields) that then goes through exactly the validation of a JSONL import, so a
 * converted dataset and a hand-written one are stored and planned alike. Conversion problems (a missing column,
 * an unreadable row, a file the format needs but was not given) are collected for every file and line and thrown
 * together as one {@link ImportRejectedException}: nothing of a bad upload is stored.
 */
public interface DatasetFormat {

    /** The name used in {@code POST /api/datasets/{name}/import/{format}} and {@code evalstream import --format}. */
    String name();

    /** One line for the format listing: what files it reads and what items it makes. */
    String description();

    /** The items of {@code files}, in a stable order, each with the file and line it came from. */
    List<SourcedItem> convert(List<SourceFile> files);
}
