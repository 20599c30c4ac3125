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
import news.byline.config.BylineConfig;
import news.byline.content.ContentWrites;
import news.byline.content.Slugs;
import news.byline.domain.Actor;
import news.byline.domain.Changes;
import news.byline.domain.Conflict;
import news.byline.domain.Invalid;
import news.byline.domain.NotFound;
import news.byline.domain.PageRequest;
import news.byline.domain.PageResult;
import news.byline.domain.Precondition;
import news.byline.domain.Versioned;
import news.byline.event.ContentAction;
import news.byline.event.ContentKind;

@ApplicationScoped
@Transactional
public class SectionService {
    private final ContentWrites writes;
    private final TransactionPurges purges;
    private final String frontPage;
    private final DerivedData<UUID, List<SectionRef>> breadcrumbs = new DerivedData<>(10_000, Set.of(ListKey.SECTIONS));

    public SectionService(ContentWrites writes, TransactionPurges purges, BylineConfig config) {
        this.frontPage = config.frontPage();
        this.writes = writes;
        this.purges = purges;
    }

    public Versioned<SectionView> create(SectionInput input) {
        Section section = newSection(UUID.randomUUID());
        Set<UUID> alsoChanged = apply(section, input);
        return written(section, ContentAction.CREATED, alsoChanged);
    }

    /** The section as written, with its new version; a concurrent change surfaces here (stale version). */
    private Versioned<SectionView> written(Section section, ContentAction action, Set<UUID> alsoChanged) {
        Versioned<SectionView> written = writes.written(ContentKind.SECTION, action, section, () -> find(section.path));
        announceUpdated(alsoChanged);
        return written;
    }

    /**
     * The section's event, then one for every other section the change shows in: a parent's children, a
     * sibling's place in the navigation, a descendant's path and breadcrumb.
     */
    private void announce(Section section, ContentAction action, Set<UUID> alsoChanged) {
        writes.announce(ContentKind.SECTION, action, section, view(section));
        announceUpdated(alsoChanged);
    }

    private void announceUpdated(Set<UUID> sections) {
        if (!sections.isEmpty()) {
            Section.<Section>list("id in ?1 order by path", sections).forEach(other -> announce(other, ContentAction.UPDATED, Set.of()));
        }
    }

    /** Import: updates the section with this id or path, or creates it (with this id when given). True when created. */
    public boolean upsert(UUID id, SectionInput input) {
        var target = writes.importTarget(Section.class, id, () -> Section.find("path", pathOf(input)).firstResult(),
                SectionService::newSection);
        Set<UUID> alsoChanged = apply(target.entity(), input);
        announce(target.entity(), target.created() ? ContentAction.CREATED : ContentAction.UPDATED, alsoChanged);
        return target.created();
    }

    public Versioned<SectionView> replace(String path, Precondition precondition, SectionInput input) {
        Section section = byPath(path);
        writes.require(precondition, section, () -> view(section));
        Set<UUID> alsoChanged = apply(section, input);
        return written(section, ContentAction.UPDATED, alsoChanged);
    }

    public Versioned<SectionView> patch(String path, Precondition precondition, Changes<SectionInput> changes)
            throws JsonProcessingException {
        return replace(path, precondition, changes.applyTo(SectionInput.of(byPath(path))));
    }

    public void delete(String path, Precondition precondition) {
        Section section = byPath(path);
        writes.require(precondition, section, () -> view(section));
        long children = Section.count("parent", section);
        if (children > 0) {
            throw new Conflict("Section '" + path + "' still has " + children + " sub-section(s); move them first");
        }
        Section parent = section.parent;
        writes.delete(ContentKind.SECTION, section);
        writes.flush();
        Set<UUID> alsoChanged = new HashSet<>();
        renumber(siblings(parent, section), null, 0, alsoChanged);
        if (parent != null) {
            alsoChanged.add(parent.id);
        }
        announceUpdated(alsoChanged);
    }

    private static Section newSection(UUID id) {
        Section section = new Section();
        section.id = id;
        section.position = Integer.MAX_VALUE;
        return section;
    }

    private static String pathOf(SectionInput input) {
        String slug = input.slug() != null ? input.slug() : Slugs.from(input.name());
        return input.parentPath() == null ? slug : input.parentPath() + "/" + slug;
    }

    /**
     * Writes the input onto the section. A new parent or slug moves the section and its whole subtree to the
     * new path (one statement); a section cannot become its own ancestor. Returns the other sections whose
     * views this changed (parents, renumbered siblings, descendants of a moved or renamed section).
     */
    private Set<UUID> apply(Section section, SectionInput input) {
        Section parent = input.parentPath() == null ? null : Section.find("path", input.parentPath()).firstResult();
        if (input.parentPath() != null && parent == null) {
            throw new Invalid("parentPath", "no section has the path '" + input.parentPath() + "'");
        }
        String slug = input.slug() != null ? input.slug() : Slugs.from(input.name());
        if (slug.isEmpty()) {
            throw new Invalid("slug", "cannot be made from this name; send one");
        }
        String newPath = parent == null ? slug : parent.path + "/" + slug;
        String oldPath = section.path;
        if (oldPath != null && parent != null && (parent.id.equals(section.id) || parent.path.startsWith(oldPath + "/"))) {
            throw new Invalid("parentPath", "a section cannot move under itself");
        }
        Section holder = Section.find("path", newPath).firstResult();
        if (holder != null && !holder.id.equals(section.id)) {
            throw new Conflict("Path '" + newPath + "' is already used by section " + holder.id);
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

    /** An editor's read: the section with its version; not found to anyone else. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SectionView> preview(String path, Actor caller) {
        Section section = byPath(path);
        if (!caller.editor()) {
            throw new NotFound("section", path);
        }
        return ContentWrites.current(section, view(section));
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
            throw new NotFound("section", path);
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
