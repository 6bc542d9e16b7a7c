package org.newsarchive.etl.parse.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsarchive.etl.model.Role;

/**
 * The whole path (parse, extract, split, tag) on a fictional blog-system page whose post element names the post's tags
 * and categories in its class ({@code tag-gallery}, {@code tag-sharing-economy}, {@code category-social-affairs}): those
 * are the words of the story's topics, not the names of furniture, and the story stays. Likewise a modifier after
 * {@code --} ({@code review__section--ads}: a section with ad slots in it) says which variant the element is, not that it
 * is an advertisement.
 */
class NamesThatAreNoFurnitureTest {

    @Test
    void aPostsTopicClassesDoNotMakeItFurniture() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("valley-post-wordpress-tags.html");
        assertEquals(Role.BODY, PageContentExtractorTest.firstRole(roles,
                "The island council agreed on Monday to freeze ferry fares until the end of March, after a winter of"
                        + " complaints from commuters about the cost of the crossing."));
        assertEquals(Role.BODY, PageContentExtractorTest.firstRole(roles,
                "Commuters who travel every day will also keep their monthly passes at the old price, the council said in"
                        + " a statement after the vote."));
    }

    @Test
    void onlyAPostsOwnNamesAreExcused() {
        assertEquals(true, NodeNames.isPublishingSystemPost("post-4411 post type-post status-publish hentry tag-gallery"));
        assertEquals(false, NodeNames.isPublishingSystemPost("sidebar widget-hentry-list"));
        assertEquals(false, NodeNames.isPublishingSystemPost("gallery"));
    }

    @Test
    void aModifierNamesAVariantNotFurniture() throws Exception {
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("lakeside-review-sections.html");
        assertEquals(Role.BODY, PageContentExtractorTest.firstRole(roles,
                "The crust comes out darker and thicker than from the old electric oven, and the loaves keep fresh for a day"
                        + " longer, which the fishermen who take bread to sea noticed first."));
        assertEquals(Role.SUBHEADING, PageContentExtractorTest.firstRole(roles, "Verdict"));
    }

    @Test
    void aGeneratedClassThatStartsWithAFurnitureWordIsNoFurniture() throws Exception {
        // "tagStyle_z4kqwb-o_O-style_1tcxgp3" (a style library's generated name) starts with "tags" but names no tags
        Map<String, List<Role>> roles = PageContentExtractorTest.rolesPerLine("river-times-generated-classes.html");
        assertEquals(Role.BODY, PageContentExtractorTest.firstRole(roles,
                "Quay Rovers, 24 points, with the best defence of the league and only four goals let in since the first round."));
        assertEquals(Role.SUBHEADING, PageContentExtractorTest.firstRole(roles, "The table after ten rounds"));
        assertEquals(true, NodeNames.endsWordAt("post-tags-list", "tags"));
        assertEquals(true, NodeNames.endsWordAt("articletags", "tags"));
        assertEquals(false, NodeNames.endsWordAt("tagstyle_z4kqwb", "tags"));
    }
}
