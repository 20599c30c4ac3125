package news.byline.domain;

import com.fasterxml.jackson.core.JsonProcessingException;

/** A partial update: the entity's current input in, the changed input out (a JSON merge patch, over HTTP). */
@FunctionalInterface
public interface Changes<I> {

    I applyTo(I current) throws JsonProcessingException;
}
