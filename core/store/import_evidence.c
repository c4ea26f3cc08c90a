/* import_evidence.c — one row of an evidence register file (see import.h): a document (number,
 * type and a real date of issue required) or an explanation (giải trình) for the sub-criteria
 * it names; the unit known, each node code well formed, each document once per unit in the
 * file.  Whether the number has a right shape, the type and issuer agree and the date lies in
 * the assessment period is the register's check (`paridx evidence`), so that a doubtful
 * document is kept and shown rather than lost.
 * Uses: import_impl.h, calendar.h (dates), re.h (node codes), docnum.h, store.h,
 * i18n.h (messages). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "docnum.h"
#include "import_impl.h"
#include "i18n.h"

enum { E_UNIT, E_NUMBER, E_TYPE, E_ISSUER, E_DATE, E_TITLE, E_LOCATION, E_NODES, E_EXPLANATION,
       E_YEAR };

/* The node codes of the row, into r; -1 with e set. */
static int read_nodes(struct importer *im, const struct cell *c, struct evidence_row *r,
                      struct px_err *e)
{
    char why[200], buf[300];
    int rc = evidence_nodes_parse(c->text, r, why, sizeof why);
    if (rc == -2)
        px_err_set(e, PX_SYSTEM, _("out of memory importing %s"), im->path);
    else if (rc < 0)
        import_bad(im, e, c, _("expected the codes of the sub-criteria the row supports, such as "
                   "1.1.1; 2.3, found %s (%s)"), import_found(c, buf, sizeof buf), why);
    return rc < 0 ? -1 : 0;
}

/* The document's date of issue, as yyyy-mm-dd into iso; -1 with e set. */
static int read_date(struct importer *im, const struct cell *c, char iso[11], struct px_err *e)
{
    struct px_date d;
    struct px_err why;
    if (!c->text[0])
        return import_bad(im, e, c, _("expected the date of issue (ngày ban hành) dd/mm/yyyy, "
                          "found nothing"));
    if (date_parse(c->text, &d, &why) != 0)
        return import_bad(im, e, c, "%s", why.msg);
    date_iso(d, iso);
    return 0;
}

/* A cell's text, or NULL when it is empty. */
static char *text_or_null(const struct cell *c)
{
    return c->text[0] ? (char *)c->text : NULL;
}

int import_load_evidence(struct importer *im, const struct cell *c, struct px_err *e)
{
    const struct cell *number = &c[E_NUMBER];
    char key[600], iso[11] = "";
    int known = import_unit_exists(im, c[E_UNIT].text, e);
    if (known < 0)
        return -1;
    if (!known)
        return import_unknown_unit(im, &c[E_UNIT], _("a known unit code (see units)"), e);
    if (import_check_year(im, &c[E_YEAR], e))
        return -1;
    if (!number->text[0] && !c[E_EXPLANATION].text[0])
        return import_bad(im, e, number, _("expected a document number (số hiệu) such as "
                          "2756/KH-UBND, or an explanation (giải trình) of why there is none, "
                          "found nothing"));
    if (number->text[0]) {
        if (!c[E_TYPE].text[0])
            return import_bad(im, e, &c[E_TYPE], _("expected the type of document (loại): %s, "
                              "found nothing"), docnum_type_list());
        snprintf(key, sizeof key, "%s/%s", c[E_UNIT].text, number->text);
        if (import_once(im, key, _("document of a unit"), number, e) ||
            read_date(im, &c[E_DATE], iso, e))
            return -1;
    }
    struct evidence_row r = {0};
    int rc = read_nodes(im, &c[E_NODES], &r, e);
    if (rc == 0) {
        r.unit = (char *)c[E_UNIT].text;
        r.year = im->facts->year;
        r.number = text_or_null(number);
        r.type = text_or_null(&c[E_TYPE]);
        r.issuer = text_or_null(&c[E_ISSUER]);
        r.issued = iso[0] ? iso : NULL;
        r.title = text_or_null(&c[E_TITLE]);
        r.location = text_or_null(&c[E_LOCATION]);
        r.explanation = text_or_null(&c[E_EXPLANATION]);
        r.source = im->source;
        rc = store_put_evidence(im->store, &r, "import", e);
    }
    for (size_t i = 0; i < r.nnodes; i++)
        free(r.nodes[i]);
    free(r.nodes);
    return rc;
}
