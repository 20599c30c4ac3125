package news.byline.section;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import news.byline.cache.ContentChanged;
import news.byline.cache.DerivedData;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeOrder;
import news.byline.cache.TransactionPurges;
import io.quarkus.security.identity.SecurityIdentity;
import news.byline.config.BylineConfig;
import news.byline.content.References;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;
import news.byline.event.Outbox;
import news.byline.key.Role;
import news.byline.web.EntityTags;
import news.byline.web.HandedOutVersion;
import news.byline.web.MergePatch;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;
import news.byline.web.Slugs;

@ApplicationScoped
@Transactional
public class SectionService {
    private final EntityTags tags;
    private final HandedOutVersion handedOut;
    private final MergePatch mergePatch;
    private final References references;
    private final Outbox outbox;
    private final TransactionPurges purges;
    private final String frontPage;
    private final DerivedData<UUID, List<SectionRef>> breadcrumbs = new DerivedData<>(10_000, Set.of(ListKey.SECTIONS));

    public SectionService(EntityTags tags, HandedOutVersion handedOut, MergePatch mergePatch, References references,
                          Outbox outbox, TransactionPurges purges, BylineConfig config) {
        this.frontPage = config.frontPage();
        this.outbox = outbox;
        this.purges = purges;
        this.tags = tags;
        this.handedOut = handedOut;
        this.mergePatch = mergePatch;
        this.references = references;
    }

    public SectionView create(SectionInput input) {
        Section section = new Section();
        section.id = UUID.randomUUID();
        section.position = Integer.MAX_VALUE;
        Set<UUID> alsoChanged = apply(section, input);
        return written(section, ContentAction.CREATED, alsoChanged);
    }

    /** The section as written, handing out its new version tag; a concurrent change surfaces here (412). */
    private SectionView written(Section section, ContentAction action, Set<UUID> alsoChanged) {
        Section.flush();
        handedOut.of(section.id, section.version);
        announce(section, action, alsoChanged);
        return find(section.path);
    }

    /**
     * The section's event, then one for every other section the change shows in: a parent's children, a
     * sibling's place in the navigation, a descendant's path and breadcrumb.
     */
    private void announce(Section section, ContentAction action, Set<UUID> alsoChanged) {
        outbox.upserted(ContentKind.SECTION, action, section, section.path, view(section));
        announceUpdated(alsoChanged);
    }

    private void announceUpdated(Set<UUID> sections) {
        if (!sections.isEmpty()) {
            Section.<Section>list("id in ?1 order by path", sections).forEach(other -> announce(other, ContentAction.UPDATED, Set.of()));
        }
    }

    /** Import: updates the section with this id or path, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, SectionInput input) {
        Section section = id != null ? Section.findById(id) : null;
        if (section == null) {
            String slug = input.slug() != null ? input.slug() : Slugs.from(input.name());
            section = Section.find("path", input.parentPath() == null ? slug : input.parentPath() + "/" + slug).firstResult();
        }
        boolean created = section == null;
        if (created) {
            section = new Section();
            section.id = id != null ? id : UUID.randomUUID();
            section.position = Integer.MAX_VALUE;
        }
        Set<UUID> alsoChanged = apply(section, input);
        announce(section, created ? ContentAction.CREATED : ContentAction.UPDATED, alsoChanged);
        return created;
    }

    public SectionView replace(String path, String ifMatch, SectionInput input) {
        Section section = byPath(path);
        tags.requireMatch(ifMatch, section.id, section.version, () -> find(path));
        Set<UUID> alsoChanged = apply(section, input);
        return written(section, ContentAction.UPDATED, alsoChanged);
    }

    public SectionView patch(String path, String ifMatch, String patch) throws JsonProcessingException {
        return replace(path, ifMatch, mergePatch.apply(SectionInput.of(byPath(path)), patch, SectionInput.class));
    }

    public void delete(String path, String ifMatch) {
        Section section = byPath(path);
        tags.requireMatch(ifMatch, section.id, section.version, () -> find(path));
        long children = Section.count("parent", section);
        if (children > 0) {
            throw ProblemException.conflict("Section '" + path + "' still has " + children + " sub-section(s); move them first");
        }
        references.requireNone(Section.class, section.id, "Section '" + path + "'");
        Section parent = section.parent;
        section.delete();
        outbox.removed(ContentKind.SECTION, ContentAction.DELETED, section, section.path);
        Section.flush();
        Set<UUID> alsoChanged = new HashSet<>();
        renumber(siblings(parent, section), null, 0, alsoChanged);
        if (parent != null) {
            alsoChanged.add(parent.id);
        }
        announceUpdated(alsoChanged);
    }

    /**
     * Writes the input onto the section. A new parent or slug moves the section and its whole subtree to the
     * new path (one statement); a section cannot become its own ancestor. Returns the other sections whose
     * views this changed (parents, renumbered siblings, descendants of a moved or renamed section).
     */
    private Set<UUID> apply(Section section, SectionInput input) {
        Section parent = input.parentPath() == null ? null : Section.find("path", input.parentPath()).firstResult();
        if (input.parentPath() != null && parent == null) {
            throw ProblemException.unprocessable("parentPath", "no section has the path '" + input.parentPath() + "'");
        }
        String slug = input.slug() != null ? input.slug() : Slugs.from(input.name());
        if (slug.isEmpty()) {
            throw ProblemException.unprocessable("slug", "cannot be made from this name; send one");
        }
        String newPath = parent == null ? slug : parent.path + "/" + slug;
        String oldPath = section.path;
        if (oldPath != null && parent != null && (parent.id.equals(section.id) || parent.path.startsWith(oldPath + "/"))) {
            throw ProblemException.unprocessable("parentPath", "a section cannot move under itself");
        }
        Section holder = Section.find("path", newPath).firstResult();
        if (holder != null && !holder.id.equals(section.id)) {
            throw ProblemException.conflict("Path '" + newPath + "' is already used by section " + holder.id);
        }
        Section oldParent = section.parent;
        String oldName = section.name;
        section.slug = slug;
        section.name = input.name().trim();
        section.description = input.description();
        section.parent = parent;
        section.path = newPath;
        section.externalUrl = input.externalUrl();
        section.inNavigation = input.inNavigation() == null || input.inNavigation();
        section.inMoreMenu = input.inMoreMenu() != null && input.inMoreMenu();
        section.updatedAt = Instant.now();
        if (oldPath == null) {
            section.persist();
        }
        Set<UUID> alsoChanged = new HashSet<>();
        if (oldParent != null && !oldParent.equals(parent)) {
            renumber(siblings(oldParent, section), null, 0, alsoChanged);
            alsoChanged.add(oldParent.id);
        }
        if (parent != null) {
            alsoChanged.add(parent.id);
        }
        renumber(siblings(parent, section), section, input.position() == null ? Integer.MAX_VALUE : input.position(), alsoChanged);
        Section.flush(); // a concurrent change surfaces here as an optimistic-lock failure (412)
        if (oldPath != null && !oldPath.equals(newPath)) {
            Section.update("path = concat(?1, substring(path, ?2)) where path like ?3",
                    newPath, oldPath.length() + 1, oldPath + "/%");
            Section.getEntityManager().clear(); // loaded descendants still hold their old paths
        }
        if (oldPath != null && (!oldPath.equals(newPath) || !section.name.equals(oldName))) {
            boolean moved = !oldPath.equals(newPath);
            for (Section descendant : Section.<Section>list("path like ?1", newPath + "/%")) {
                alsoChanged.add(descendant.id);
                if (moved) {
                    purges.changed(descendant, Set.of("path")); // the bulk update above passed by change tracking
                }
            }
        }
        alsoChanged.remove(section.id);
        return alsoChanged;
    }

    private static List<Section> siblings(Section parent, Section except) {
        List<Section> siblings = parent == null ? Section.list("parent is null order by position, path")
                : Section.list("parent = ?1 order by position, path", parent);
        siblings.removeIf(s -> s.id.equals(except.id));
        return siblings;
    }

    /** Positions 0..n among siblings, with the moved section (if any) at the requested place; notes who moved. */
    private static void renumber(List<Section> siblings, Section moved, int position, Set<UUID> renumbered) {
        List<Section> ordered = new ArrayList<>(siblings);
        if (moved != null) {
            ordered.add(Math.min(position, ordered.size()), moved);
        }
        for (int i = 0; i < ordered.size(); i++) {
            Section sibling = ordered.get(i);
            if (sibling.position != i) {
                renumbered.add(sibling.id);
            }
            sibling.position = i;
        }
    }

    /** A page of sections, each with its children and breadcrumb: three queries whatever the page size. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<SectionView> list(PageRequest page) {
        List<Section> sections = Section.<Section>find("from Section s left join fetch s.parent order by s.path")
                .page(page.page() - 1, page.size()).list();
        Map<UUID, List<Section>> children = new LinkedHashMap<>();
        Map<String, Section> byPath = new LinkedHashMap<>();
        if (!sections.isEmpty()) {
            Section.<Section>list("parent.id in ?1 order by position", sections.stream().map(s -> s.id).toList())
                    .forEach(child -> children.computeIfAbsent(child.parent.id, id -> new ArrayList<>()).add(child));
            Section.<Section>list("path in ?1", sections.stream().flatMap(s -> s.ancestorPaths().stream()).distinct().toList())
                    .forEach(ancestor -> byPath.put(ancestor.path, ancestor));
        }
        return new PageResult<>(sections, Section.count(), page).map(section -> SectionView.of(section,
                children.getOrDefault(section.id, List.of()),
                section.ancestorPaths().stream().map(byPath::get).filter(Objects::nonNull).toList()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionView find(String path) {
        return view(byPath(path));
    }

    /** An editor's read: the section with its version handed out as the ETag; 404 to anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionView preview(String path, SecurityIdentity caller) {
        Section section = byPath(path);
        if (!caller.hasRole(Role.EDITOR_NAME)) {
            throw ProblemException.notFound("section", path);
        }
        handedOut.of(section.id, section.version);
        return view(section);
    }

    private SectionView view(Section section) {
        List<Section> children = Section.list("parent.id = ?1 order by position", section.id);
        return SectionView.of(section, children, breadcrumb(section));
    }

    /** The section and its ancestors, root first, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Section> breadcrumb(Section section) {
        return Section.list("path in ?1 order by length(path)", section.ancestorPaths());
    }

    /** The breadcrumb as articles show it, read once per section until a section changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SectionRef> breadcrumbRefs(Section section) {
        return breadcrumbs.get(section.id, id -> breadcrumb(section).stream().map(SectionRef::of).toList());
    }

    void purge(@Observes @Priority(PurgeOrder.DERIVED_DATA) ContentChanged change) {
        breadcrumbs.purge(change);
    }

    /** Fails with 404 when no section has this path; used by routes that list a section's stories. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Section byPath(String path) {
        Section section = Section.find("path", path).firstResult();
        if (section == null) {
            throw ProblemException.notFound("section", path);
        }
        return section;
    }

    /** The whole navigation tree from one query, children ordered by position. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NavigationItem> navigation() {
        List<Section> sections = Section.list("inNavigation = true order by position, path");
        Map<UUID, List<Section>> byParent = new LinkedHashMap<>();
        for (Section section : sections) {
            UUID parentId = section.parent == null ? null : section.parent.id;
            byParent.computeIfAbsent(parentId, k -> new ArrayList<>()).add(section);
        }
        return items(byParent, null);
    }

    private List<NavigationItem> items(Map<UUID, List<Section>> byParent, UUID parentId) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .map(s -> new NavigationItem(s.name, s.externalUrl == null ? s.path : null, s.externalUrl,
                        s.externalUrl != null, s.inMoreMenu, s.externalUrl == null && s.path.equals(frontPage),
                        items(byParent, s.id)))
                .toList();
    }
}
