package org.cbec.app.web;

import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A declared document as the console shows it: its fields, indented ({@code ${@consoleJson.pretty(doc)}}). */
@Component("consoleJson")
class ConsoleJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public String pretty(Object document) {
        return JSON.writeValueAsString(document);
    }
}
