"""Caption studio core: counting, links, hashtags, variants, templates (no Qt).

Modules, each importable on its own:
- counting: `count(platform_id, text, field="caption") -> Count`, `count_all(text)`,
  `feed_preview`, `x_weighted_length`, `utf16_length`, `graphemes`.
- urls: `find_urls(text) -> list[UrlSpan]` (what X counts as a 23-character link).
- hashtags: parse/normalise hashtags and mentions, cap checks with Indonesian messages.
- variants: derive per-platform variants from a post, edit/reset, `shorten_for_x`,
  `all_variants_text`, collaborator handles.
- templates: caption templates per category, user overrides, `fill_template`.
- published: `validate_published_url(platform_id, url)`.
Platform facts live in core/platforms.py; Indonesian dates and numbers in core/indonesian.py.
"""
