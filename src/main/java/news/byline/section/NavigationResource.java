package news.byline.section;

public class NavigationResource implements NavigationApi {
    private final SectionService sections;

    public NavigationResource(SectionService sections) {
        this.sections = sections;
    }

    @Override
    public Navigation get() {
        return new Navigation(sections.navigation());
    }
}
