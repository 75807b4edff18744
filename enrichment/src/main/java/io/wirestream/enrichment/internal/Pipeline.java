package io.wirestream.enrichment.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ordered list of stages whose requirements were checked when it was assembled: every layer a
 * stage requires is provided by an earlier stage. Running it is then just applying the stages.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /**
     * Assembles a pipeline, failing fast with the stage and the missing layers when the order is
     * wrong.
     */
    public static Pipeline of(List<Stage> stages) {
        Set<Layer> available = EnumSet.of(Layer.TEXT);
        List<String> names = new ArrayList<>();
        for (Stage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage '" + stage.name() + "' requires " + missing
                        + " but the stages before it " + names + " provide only " + available);
            }
            available.addAll(stage.provides());
            names.add(stage.name());
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage that applies to the document's language; returns microseconds per stage. */
    public Map<String, Long> run(Document document) {
        Map<String, Long> timings = new LinkedHashMap<>();
        for (Stage stage : stages) {
            if (!stage.appliesTo(document.language())) {
                continue;
            }
            long t0 = System.nanoTime();
            stage.apply(document);
            timings.put(stage.name(), (System.nanoTime() - t0) / 1_000);
        }
        return timings;
    }
}
