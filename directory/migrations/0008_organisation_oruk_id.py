"""Organisations get a stored Open Referral UK id.

Existing organisations keep the id the API already published for them (a version 5 UUID of their primary
key), so nobody's saved links or matches break.
"""

import uuid

from django.db import migrations, models

NAMESPACE = uuid.UUID("d8cd6319-20e4-41bc-a291-edfd40683c9e")  # directory.api.serializers.NAMESPACE


def keep_published_ids(apps, schema_editor):
    Organisation = apps.get_model("directory", "Organisation")
    for organisation in Organisation.objects.all():
        organisation.oruk_id = uuid.uuid5(NAMESPACE, f"organization:{organisation.pk}")
        organisation.save(update_fields=["oruk_id"])


class Migration(migrations.Migration):
    dependencies = [("directory", "0007_gap_map_boroughs")]

    operations = [
        migrations.AddField(
            model_name="organisation", name="oruk_id", field=models.UUIDField(null=True, editable=False)
        ),
        migrations.RunPython(keep_published_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="organisation",
            name="oruk_id",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="Open Referral UK id"
            ),
        ),
    ]
