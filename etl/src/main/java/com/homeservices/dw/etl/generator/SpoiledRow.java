package com.homeservices.dw.etl.generator;

import com.homeservices.dw.etl.source.SourceTable;

/** A row the generator spoiled on purpose, and how: the warehouse must reject it with this reason. */
public record SpoiledRow(SourceTable table, String id, DirtyKind kind) {
}
