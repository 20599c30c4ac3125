package news.byline.web.problem;

/**
 * Every kind of problem Byline answers with, in one place: each {@code type} URI in an answer is one of these,
 * and each resolves ({@code GET /problems/{name}}) to what it means and what a client can do about it.
 */
public enum ProblemType {
    INVALID_PARAMETER("invalid-parameter", "Invalid parameter", 400,
            "A query or path parameter has a value the operation does not take, or the operation does not take the parameter "
                    + "at all (a misspelt filter is refused rather than ignored). errors names the parameter and why."),
    VALIDATION("validation", "Validation failed", 400,
            "The request body is well-formed JSON but breaks the schema's rules: a required field missing, a text too long, "
                    + "a value out of range. errors names every field at fault."),
    MALFORMED_JSON("malformed-json", "Malformed JSON", 400,
            "The request body is not JSON, or a value has the wrong JSON type. Nothing was changed."),
    UNKNOWN_FIELD("unknown-field", "Unknown field", 400,
            "The request body holds a field the operation does not take (often a server-owned one such as id or updatedAt)."),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401,
            "The operation needs an API key, or the key sent is unknown or revoked. Send 'Authorization: Bearer <key>'; "
                    + "repeated unknown keys from one address are answered late, then 429."),
    FORBIDDEN("forbidden", "Forbidden", 403,
            "The key is valid but its role may not do this (a delivery key writing, a contributor publishing). detail says "
                    + "which rule applies."),
    NOT_FOUND("not-found", "Not found", 404,
            "Nothing has this id, slug or path, or it exists but is not published and the key may not see it."),
    GONE("gone", "Gone", 410,
            "It existed and was deleted (a live post): drop it and any link to it."),
    CONFLICT("conflict", "Conflict", 409,
            "The change clashes with what exists: a slug already in use, or something still used by other content (detail "
                    + "names by what)."),
    LENGTH_REQUIRED("length-required", "Length required", 411,
            "A JSON body was sent in chunks without a Content-Length; send its length."),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405,
            "The path exists but does not take this method; Allow lists the ones it takes (OPTIONS answers the same)."),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406,
            "Accept names no type this operation answers with (JSON for most; feeds and sitemaps their XML)."),
    PRECONDITION_FAILED("precondition-failed", "Precondition failed", 412,
            "If-Match names an older version: someone changed the content since it was read. Read it again, reapply the "
                    + "change, and send the new ETag."),
    TOO_LARGE("too-large", "Payload too large", 413,
            "The request body, or an uploaded image, is larger than this server accepts."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415,
            "The request body's Content-Type is not one the operation takes (application/json, or "
                    + "application/merge-patch+json for PATCH, multipart/form-data for uploads)."),
    UNSUPPORTED_IMAGE("unsupported-image", "Unsupported image", 415,
            "The uploaded file is not a JPEG, PNG, WebP or GIF image (the type is read from its bytes, not its name)."),
    UNPROCESSABLE("unprocessable", "Unprocessable content", 422,
            "The request is valid JSON for the schema but refers to something that does not exist or breaks a content rule "
                    + "(a section that is not there, a second pinned item)."),
    RATE_LIMITED("rate-limited", "Too many requests", 429,
            "Over this client's budget. Retry-After says how many seconds to wait; RateLimit-Policy, RateLimit-Limit, "
                    + "RateLimit-Remaining and RateLimit-Reset describe the budget."),
    UNAVAILABLE("unavailable", "Service unavailable", 503,
            "This instance holds as many live streams as it is configured for. Retry-After says how many seconds to wait; "
                    + "an EventSource retries by itself."),
    INTERNAL("internal", "Internal Server Error", 500,
            "Something failed on the server. detail carries an error id: quote it to support; the cause is in the server log.");

    /** Where the catalogue is served, and the prefix of every type URI. */
    public static final String PATH = "/problems";

    private final String name;
    private final String title;
    private final int status;
    private final String description;

    ProblemType(String name, String title, int status, String description) {
        this.name = name;
        this.title = title;
        this.status = status;
        this.description = description;
    }

    /** The type URI answers carry: relative, resolved against the API's address. */
    public String uri() {
        return PATH + "/" + name;
    }

    public String apiName() {
        return name;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    public String description() {
        return description;
    }

    /** The general type of a status, for refusals the framework makes before any of ours (the first type with it). */
    public static java.util.Optional<ProblemType> forStatus(int status) {
        return java.util.Arrays.stream(values()).filter(type -> type.status == status).findFirst();
    }

    /** A problem of this type about one request. */
    public Problem problem(String detail, String instance, java.util.List<Problem.FieldError> errors) {
        return new Problem(uri(), title, status, detail, instance, errors);
    }
}
