package news.byline.image;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import news.byline.config.BylineConfig;
import news.byline.content.ContentWrites;
import news.byline.content.References;
import news.byline.content.SlugOwners;
import news.byline.content.Slugs;
import news.byline.domain.Actor;
import news.byline.domain.Changes;
import news.byline.domain.Forbidden;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.domain.Precondition;
import news.byline.domain.TooLarge;
import news.byline.domain.UnsupportedImage;
import news.byline.domain.Version;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;
import news.byline.image.storage.ImageStorage;

@ApplicationScoped
@Transactional
public class ImageService {
    private final ImageStorage storage;
    private final ImageRenditions renditions;
    private final BylineConfig config;
    private final References references;
    private final Event<StoredFileGone> storedFileGone;
    private final ContentWrites writes;
    private final Outbox outbox;

    public ImageService(ImageStorage storage, ImageRenditions renditions, BylineConfig config, References references,
                        Event<StoredFileGone> storedFileGone, ContentWrites writes, Outbox outbox) {
        this.storage = storage;
        this.renditions = renditions;
        this.config = config;
        this.references = references;
        this.storedFileGone = storedFileGone;
        this.writes = writes;
        this.outbox = outbox;
    }

    /** The image's metadata, for anyone when it is public, otherwise for those who may work with it (404 to the rest). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visible<ImageView> find(String id, Actor caller) {
        Image image = entity(id);
        return new Visible<>(ImageView.of(image), image.id, requireVisible(image, caller, id), null);
    }

    /**
     * The image library, newest first: every image for an editor, a contributor's own uploads otherwise; narrowed
     * by words in the alt text, caption or credit, and to images nothing shows yet.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<ImageView> library(String words, boolean unusedOnly, PageRequest page, Actor caller) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Parameters parameters = new Parameters();
        if (!caller.editor()) {
            conditions.add("img.uploadedBy = :uploader");
            parameters.and("uploader", caller.name());
        }
        if (words != null) {
            conditions.add("(lower(img.altText) like :words escape '!' or lower(img.caption) like :words escape '!' "
                    + "or lower(img.credit) like :words escape '!')");
            parameters.and("words", "%" + words.toLowerCase(Locale.ROOT).replaceAll("[!%_]", "!$0") + "%");
        }
        if (unusedOnly) {
            conditions.add(references.noneAt(Image.class, "img.id"));
        }
        String where = " where " + String.join(" and ", conditions);
        long total = Image.count("from Image img" + where, parameters);
        List<ImageView> found = Image.<Image>find("from Image img" + where + " order by img.createdAt desc, img.id desc", parameters)
                .page(page.page() - 1, page.size()).stream().map(ImageView::of).toList();
        return new PageResult<>(found, total, page);
    }

    /** Registers an image hosted elsewhere. */
    public Versioned<ImageView> register(ExternalImageInput input, Actor caller) {
        requireMayMark(input.metadata(), caller);
        Image image = newImage(UUID.randomUUID());
        image.uploadedBy = caller.name();
        image.url = input.url();
        image.width = input.width();
        image.height = input.height();
        apply(image, input.metadata());
        image.persist();
        announce(image, ContentAction.CREATED, false);
        return written(image);
    }

    /** Import: updates the image with this id or slug, or registers it (with this id when given). True when created. */
    public boolean upsert(UUID id, ExternalImageInput input) {
        var target = writes.importTarget(Image.class, id,
                () -> writes.bySlug(Image.class, input.slug() != null ? input.slug() : Slugs.from(input.alt())), ImageService::newImage);
        Image image = target.entity();
        boolean created = target.created();
        boolean wasPublic = !created && isPublic(image);
        if (image.storageKey == null) { // a stored file keeps its own address and size
            image.url = input.url();
            image.width = input.width();
            image.height = input.height();
        }
        apply(image, input.metadata());
        if (created) {
            image.persist();
        }
        announce(image, created ? ContentAction.CREATED : ContentAction.UPDATED, wasPublic);
        return created;
    }

    /**
     * Stores an uploaded original after checking its size (413) and what the bytes really are (415). The
     * bytes are written before the transaction that saves the image (no file I/O while it holds a connection
     * and locks) and removed again if the image cannot be saved, so nothing is left half-done.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Versioned<ImageView> upload(Path file, ImageMetadataInput metadata, Actor caller) throws IOException {
        return upload(UUID.randomUUID(), file, metadata, caller);
    }

    /** An upload under a chosen id: the sample content's pictures, which its stories refer to by id. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Versioned<ImageView> upload(UUID id, Path file, ImageMetadataInput metadata, Actor caller) throws IOException {
        requireMayMark(metadata, caller);
        if (Files.size(file) > config.images().maxBytes()) {
            throw new TooLarge("Images may be at most " + config.images().maxBytes() + " bytes");
        }
        byte[] bytes = Files.readAllBytes(file);
        ImageFormat.Detected detected = ImageFormat.detect(bytes).orElseThrow(() ->
                new UnsupportedImage("The file is not a JPEG, PNG, WebP or GIF image"));
        if ((long) detected.width() * detected.height() > config.images().maxPixels()) {
            throw new Invalid("file", "declares " + detected.width() + "×" + detected.height()
                    + " pixels; an image may have at most " + config.images().maxPixels() / 1_000_000 + " megapixels");
        }
        Image image = newImage(id);
        image.uploadedBy = caller.name();
        image.storageKey = "originals/" + image.id + "." + detected.format().extension;
        image.mediaType = detected.format().mediaType;
        image.byteSize = (long) bytes.length;
        image.width = detected.width();
        image.height = detected.height();
        image.url = ImageAddresses.filePath(image.id);
        storage.write(image.storageKey, bytes);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                apply(image, metadata);
                image.persist();
                announce(image, ContentAction.CREATED, false);
                return written(image);
            });
        } catch (RuntimeException e) {
            storage.delete(image.storageKey);
            throw e;
        }
    }

    public Versioned<ImageView> replace(String id, Precondition precondition, ImageMetadataInput input) {
        Image image = entity(id);
        writes.require(precondition, image, () -> ImageView.of(image));
        boolean wasPublic = isPublic(image);
        apply(image, input);
        writes.flush(); // a concurrent change surfaces here (stale version)
        announce(image, ContentAction.UPDATED, wasPublic);
        return written(image);
    }

    public Versioned<ImageView> patch(String id, Precondition precondition, Changes<ImageMetadataInput> changes)
            throws JsonProcessingException {
        return replace(id, precondition, changes.applyTo(ImageMetadataInput.of(entity(id))));
    }

    public void delete(String id, Precondition precondition) {
        Image image = entity(id);
        writes.require(precondition, image, () -> ImageView.of(image));
        references.requireNone(Image.class, image.id, "Image " + image.id);
        image.delete();
        if (image.markedPublic) { // unused (checked above), so public only if marked: others were never announced
            outbox.removed(ContentKind.IMAGE, ContentAction.DELETED, image, image.slug);
        }
        if (image.storageKey != null) {
            storedFileGone.fire(new StoredFileGone(image.storageKey, ImageRenditions.keysOf(image)));
        }
    }

    /**
     * Events tell only what anyone may see: an image still private (an embargoed story's picture) makes none,
     * and one that turns private again leaves a tombstone. An image that turns public because a story using it
     * is published arrives with that story's event.
     */
    private void announce(Image image, ContentAction action, boolean wasPublic) {
        if (isPublic(image)) {
            writes.announce(ContentKind.IMAGE, action, image, ImageView.of(image));
        } else if (wasPublic) {
            outbox.removed(ContentKind.IMAGE, ContentAction.UNPUBLISHED, image, image.slug);
        }
    }

    private static Versioned<ImageView> written(Image image) {
        return ContentWrites.current(image, ImageView.of(image));
    }

    private boolean isPublic(Image image) {
        return image.markedPublic || references.shownPublicly(Image.class, image.id);
    }

    /** Removes a deleted image's bytes and renditions once the delete has committed: a delete that rolls back keeps them. */
    void removeStoredFile(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoredFileGone gone) throws IOException {
        storage.delete(gone.storageKey());
        for (String rendition : gone.renditionKeys()) {
            storage.delete(rendition);
        }
    }

    /** The stored bytes under these keys (the original, the renditions it may have) belong to no image any more. */
    record StoredFileGone(String storageKey, List<String> renditionKeys) {
    }

    /** The original or a rendition, under the same rule as {@link #find}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Visible<ImageRenditions.Rendition> file(String id, Integer width, String format, Actor caller)
            throws IOException {
        Image image = entity(id);
        boolean isPublic = requireVisible(image, caller, id);
        ImageRenditions.Rendition rendition = renditions.render(image, width, format);
        // The original is streamed: tagged by what it is, not by bytes read.
        Version stored = rendition.original() != null ? Version.stored(image.storageKey) : null;
        return new Visible<>(rendition, image.id, isPublic, stored);
    }

    /**
     * What is shown of the image with this id, whether anyone may see it (or only the key holder asking), and
     * the version of bytes that are streamed rather than held (null otherwise).
     */
    public record Visible<T>(T content, UUID imageId, boolean isPublic, Version streamedVersion) {
    }

    /**
     * An image is public once published content uses it or an editor marked it so: an embargoed story's
     * pictures (and captions) stay with the newsroom. Before that, the rule of drafts: editors, the key that
     * uploaded it, and contributors whose own drafts use it see it; everyone else gets 404.
     */
    private boolean requireVisible(Image image, Actor caller, String id) {
        boolean isPublic = isPublic(image);
        if (!isPublic && !mayWorkWith(image, caller)) {
            throw new NotFound("image", id);
        }
        return isPublic;
    }

    private boolean mayWorkWith(Image image, Actor caller) {
        return !caller.isAnonymous() && (caller.editor() || caller.name().equals(image.uploadedBy)
                || references.editableBy(Image.class, image.id, caller.name()));
    }

    private static void requireMayMark(ImageMetadataInput metadata, Actor caller) {
        if (Boolean.TRUE.equals(metadata.markedPublic()) && !caller.editor()) {
            throw new Forbidden("Only editors may mark an image public");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Image entity(String id) {
        return writes.byIdOrSlug(Image.class, ContentKind.IMAGE, id);
    }

    private static Image newImage(UUID id) {
        Image image = new Image();
        image.id = id;
        image.createdAt = Instant.now();
        return image;
    }

    private static void apply(Image image, ImageMetadataInput input) {
        image.slug = SlugOwners.assign(Image.class, "image", input.slug(), input.alt(), image.id);
        image.altText = input.alt().trim();
        image.caption = input.caption();
        image.credit = input.credit();
        image.copyrightHolder = input.copyrightHolder();
        image.markedPublic = Boolean.TRUE.equals(input.markedPublic());
        image.updatedAt = Instant.now();
    }
}
