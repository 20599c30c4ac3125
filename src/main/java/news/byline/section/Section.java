package news.byline.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import news.byline.cache.Change;
import news.byline.cache.ListKey;
import news.byline.cache.PurgeKeys;
import news.byline.content.ContentEntity;

/**
 * A place in the site's tree (news/world/africa). A section with an external URL is a navigation
 * destination that leaves the site (iPlayer, Sounds) and holds no articles.
 */
@Entity
public class Section extends ContentEntity {
    public String slug;
    public String path;
    public String name;
    public String description;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Section parent;
    public int position;
    @Column(name = "external_url")
    public String externalUrl;
    @Column(name = "in_navigation")
    public boolean inNavigation;
    /** Shown under "More" when the navigation bar runs out of room. */
    @Column(name = "in_more_menu")
    public boolean inMoreMenu;

    /** The paths of this section and its ancestors, root first: news, news/world, news/world/africa. */
    public List<String> ancestorPaths() {
        List<String> paths = new ArrayList<>();
        int slash = path.indexOf('/');
        while (slash > 0) {
            paths.add(path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        paths.add(path);
        return paths;
    }

    @Override
    public String handle() {
        return path;
    }

    /**
     * A section change reorders navigation and every article list filters by path, so all of those go; a new
     * path moves the whole subtree's addresses, so everything goes. A story or child leaving it changes
     * nothing its own change does not name.
     */
    @Override
    public void keys(Change change, PurgeKeys keys) {
        if (change.unlinked()) {
            return;
        }
        if (change.touched("path")) {
            keys.add(ListKey.EVERYTHING);
        }
        keys.add(id);
        keys.add(ListKey.SECTIONS);
        keys.add(ListKey.NAVIGATION);
        keys.add(ListKey.ARTICLES);
    }
}
