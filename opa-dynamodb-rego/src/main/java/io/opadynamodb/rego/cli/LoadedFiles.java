package io.opadynamodb.rego.cli;

import io.opadynamodb.rego.value.ObjectValue;
import java.util.Map;

/**
 * What {@link FileLoader} read: policy modules by file name (in load order) and the data document built
 * from the JSON and YAML files.
 *
 * @param modules module source text by the file name used in locations
 * @param data the merged base document ({@code data}), an empty object when no data file was given
 */
record LoadedFiles(Map<String, String> modules, ObjectValue data) {}
