package org.newsarchive.etl.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a gold file: {@code {"paragraphs": [{"role": ..., "text": ...}, ...]}}. */
final class GoldFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldFile() {
    }

    /** The gold paragraphs as {role, text} pairs, in order. */
    static List<String[]> paragraphs(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        List<String[]> out = new ArrayList<>();
        for (JsonNode p : root.path("paragraphs")) {
            out.add(new String[] {p.path("role").asText(), p.path("text").asText()});
        }
        return out;
    }
}
