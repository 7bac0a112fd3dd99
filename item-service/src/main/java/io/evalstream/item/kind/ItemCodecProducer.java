package io.evalstream.item.kind;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the plain {@link ItemCodec} injectable; it stays CDI-free so unit tests build it directly. */
public class ItemCodecProducer {

    @Produces
    @Singleton
    ItemCodec itemCodec(ItemKinds kinds) {
        return new ItemCodec(kinds);
    }
}
