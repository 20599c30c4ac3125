package news.byline.domain;

import java.util.function.Function;

/** A service's answer together with the version of the entity it shows: what an editor sends back to write it again. */
public record Versioned<V>(V value, Version version) {

    public <R> Versioned<R> map(Function<V, R> mapper) {
        return new Versioned<>(mapper.apply(value), version);
    }
}
