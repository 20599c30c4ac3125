package news.byline.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.byline.web.PageRequest;
import news.byline.web.PageResult;
import news.byline.web.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SectionService {

    public PageResult<SectionView> list(PageRequest page) {
        List<Section> sections = Section.<Section>find("from Section s left join fetch s.parent order by s.path")
                .page(page.page() - 1, page.size()).list();
        return new PageResult<>(sections, Section.count(), page).map(SectionView::summary);
    }

    public SectionView find(String path) {
        Section section = byPath(path);
        List<Section> children = Section.list("parent.id = ?1 order by position", section.id);
        return SectionView.of(section, children, breadcrumb(section));
    }

    /** The section and its ancestors, root first, in one query. */
    public List<Section> breadcrumb(Section section) {
        return Section.list("path in ?1 order by length(path)", section.ancestorPaths());
    }

    /** Fails with 404 when no section has this path; used by routes that list a section's stories. */
    public Section byPath(String path) {
        Section section = Section.find("path", path).firstResult();
        if (section == null) {
            throw ProblemException.notFound("section", path);
        }
        return section;
    }

    /** The whole navigation tree from one query, children ordered by position. */
    public List<NavigationItem> navigation() {
        List<Section> sections = Section.list("inNavigation = true order by position, path");
        Map<UUID, List<Section>> byParent = new LinkedHashMap<>();
        for (Section section : sections) {
            UUID parentId = section.parent == null ? null : section.parent.id;
            byParent.computeIfAbsent(parentId, k -> new ArrayList<>()).add(section);
        }
        return items(byParent, null);
    }

    private static List<NavigationItem> items(Map<UUID, List<Section>> byParent, UUID parentId) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .map(s -> new NavigationItem(s.name, s.externalUrl == null ? s.path : null, s.externalUrl,
                        s.externalUrl != null, s.inMoreMenu, items(byParent, s.id)))
                .toList();
    }
}
