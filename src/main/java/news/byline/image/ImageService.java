package news.byline.image;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import news.byline.web.IdOrSlug;
import news.byline.web.ProblemException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ImageService {

    public ImageView find(String id) {
        Image image = IdOrSlug.asUuid(id)
                .map(uuid -> Image.<Image>findById(uuid))
                .orElseGet(() -> Image.find("slug", id).firstResult());
        if (image == null) {
            throw ProblemException.notFound("image", id);
        }
        return ImageView.of(image);
    }
}
