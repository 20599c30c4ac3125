/**
 * What every request passes through, in this order (the numbers are in {@link news.byline.web.pipeline.FilterOrder}).
 *
 * <p>On the event loop, before any resource is matched (Vert.x routes):
 * <ol>
 *   <li>{@link news.byline.web.pipeline.ChunkedUploadLimit}: an image upload sent without a length is cut off
 *       once it passes twice the image limit (routes that declare {@code @BodyLimit(IMAGE_UPLOAD)}).</li>
 *   <li>{@link news.byline.web.pipeline.CrossOriginAnswers}: CORS answers say {@code *} (or vary by Origin), so that
 *       caches may share them between origins.</li>
 *   <li>{@link news.byline.web.pipeline.RateLimits}: decides the {@link news.byline.web.pipeline.Caller} (a bearer
 *       key is looked up through {@link news.byline.web.pipeline.KeyLookup}; an unknown one is a late 401), then the
 *       request spends its client's budget, by the caller and the rate-limit class its route declares (429 when
 *       spent).</li>
 *   <li>{@link news.byline.web.pipeline.CacheHitHandler}: a public GET or HEAD from an anonymous reader or a
 *       delivery key is answered from the response cache (or 304), touching no resource, ORM session or worker
 *       thread.</li>
 * </ol>
 * Quarkus builds the identity from that caller ({@code key.BearerKeyAuthentication}) on the way to the resources.
 *
 * <p>Before matching (RESTEasy Reactive pre-matching filters):
 * <ol>
 *   <li>{@link news.byline.web.pipeline.ControlCharacterFilter}: no control characters or broken escapes in the
 *       path or query (400).</li>
 *   <li>{@link news.byline.web.pipeline.OptionsAnswer}: OPTIONS names what the path answers.</li>
 *   <li>{@code key.KeyBeforeContent}: a write without a key is refused (401) before its body is looked at.</li>
 *   <li>{@link news.byline.web.pipeline.RequestBodyLimits}: oversized or length-less bodies are refused (413, 411).</li>
 *   <li>{@link news.byline.web.pipeline.PublicBaseUri}: links are built under the configured public address.</li>
 * </ol>
 *
 * <p>Once a resource is matched: control characters in path parameters as decoded, then
 * {@link news.byline.web.pipeline.UnknownQueryParameterFilter} (a parameter the operation does not take is a 400);
 * roles ({@code @RolesAllowed}) are checked; the resource calls its service.
 *
 * <p>On the way out (response filters): {@link news.byline.web.pipeline.SparseFieldsFilter} trims the body to a
 * requested field set, then {@link news.byline.web.pipeline.ConditionalGetFilter} tags it (ETag), names what it shows
 * (Surrogate-Key: the ids in it and the lists its route declares, see {@code web.route.Shows}), sets Cache-Control,
 * hands a public answer to the response cache, or answers 304. Anything thrown on the way becomes problem+json in
 * {@link news.byline.web.pipeline.ProblemMappers}; a path no route knows gets one from
 * {@link news.byline.web.pipeline.NotFoundFallback}.
 */
package news.byline.web.pipeline;
