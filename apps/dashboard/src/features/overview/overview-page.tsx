import type { PartnerList, Project, WorkPackageList } from '@mbi/client';
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useI18n } from '../../i18n/i18n';
import { DataTable } from '../../ui/data-table';
import { usePageTitle } from '../../ui/page-title';
import { Loading } from '../../ui/problem-alert';
import { QueryView } from '../../ui/query-view';
import { boundariesQuery, partnersQuery, projectQuery, workPackagesQuery } from './queries';

// The map (d3-geo and the boundaries) loads after the page's text: it is not needed for the first paint.
const TerritoryMap = lazy(() =>
  import('../../ui/territory-map').then((module) => ({ default: module.TerritoryMap })),
);

export const overviewLazyRoute = createLazyRoute('/')({ component: OverviewPage });

export function OverviewPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('dashboard.overview.title'));
  const project = useQuery(projectQuery(locale));
  const partners = useQuery(partnersQuery(locale));
  const workPackages = useQuery(workPackagesQuery(locale));
  return (
    <>
      <QueryView query={project}>{(data) => <ProjectSummary project={data} />}</QueryView>
      <section aria-labelledby="partners">
        <h2 id="partners">{t('dashboard.overview.partners')}</h2>
        <QueryView query={partners}>{(data) => <Partners partners={data} />}</QueryView>
      </section>
      <section aria-labelledby="work-packages">
        <h2 id="work-packages">{t('dashboard.overview.workPackages')}</h2>
        <QueryView query={workPackages}>
          {(data) => (
            <QueryView query={project}>
              {(projectData) => <WorkPackages workPackages={data} project={projectData} />}
            </QueryView>
          )}
        </QueryView>
      </section>
      <p className="erdf-mention">
        <span className="eu-flag" aria-hidden="true" />
        {t('app.cofunded')} — {t('app.programme')}
      </p>
    </>
  );
}

function ProjectSummary({ project }: { project: Project }) {
  const { t, date, month } = useI18n();
  const { programme } = project;
  return (
    <>
      <h1>
        {project.project.name} <span className="muted">({project.project.acronym})</span>
      </h1>
      <p className="lead">{project.project.subtitle}</p>
      <ul className="facts">
        <li>
          <strong>{t('dashboard.overview.programme')}</strong> {programme.name}
        </li>
        <li>
          {t('dashboard.overview.axis', { number: programme.axis.number, title: programme.axis.title })}
        </li>
        <li>
          {t('dashboard.overview.investmentPriority', {
            code: programme.investmentPriority.code,
            title: programme.investmentPriority.title,
          })}
        </li>
        <li>
          {t('dashboard.overview.specificObjective', {
            code: programme.specificObjective.code,
            title: programme.specificObjective.title,
          })}
        </li>
        <li>
          {t('dashboard.overview.dates', {
            start: month(project.project.startMonth),
            end: month(project.project.endMonth),
            months: project.project.durationMonths,
          })}
          {' · '}
          {t('dashboard.overview.filed', { date: date(project.project.filedOn) })}
        </li>
      </ul>
      <h2>{t('dashboard.overview.objectives')}</h2>
      <ol className="objectives">
        {project.objectives.map((objective) => (
          <li key={objective.id}>{objective.label}</li>
        ))}
      </ol>
    </>
  );
}

function Partners({ partners }: { partners: PartnerList }) {
  const { t } = useI18n();
  const boundaries = useQuery(boundariesQuery());
  return (
    <div className="partners">
      <ul className="cards">
        {partners.items.map((partner) => (
          <li key={partner.id} className={`card partner-card partner-${partner.id}`}>
            <h3>{partner.name}</h3>
            <p>
              {partner.roleLabel} · {partner.countryLabel} · {partner.city}
            </p>
            <p className="muted">
              {partner.nuts3} {partner.nuts3Label} · {partner.fundingSourceLabel}
            </p>
          </li>
        ))}
      </ul>
      <QueryView query={boundaries}>
        {(collection) => (
          <Suspense fallback={<Loading />}>
            <TerritoryMap
              collection={collection}
              title={t('dashboard.overview.mapTitle')}
              description={t('dashboard.overview.mapDescription')}
              layers={partners.items.map((partner) => ({
                partner: partner.id,
                label: partner.shortName,
                className: `fill-partner-${partner.id}`,
              }))}
            />
          </Suspense>
        )}
      </QueryView>
    </div>
  );
}

type Indicator = Project['indicators'][number];

function WorkPackages({ workPackages, project }: { workPackages: WorkPackageList; project: Project }) {
  const { t, number } = useI18n();
  return (
    <>
      {workPackages.items.map((workPackage) => {
        const activities = new Set<string>(workPackage.activities.map((activity) => activity.id));
        // An indicator belongs to a work package directly, or through one of its activities.
        const indicators = project.indicators.filter(
          (indicator) =>
            indicator.workPackageId === workPackage.id ||
            (indicator.activityId !== undefined && activities.has(indicator.activityId)),
        );
        return (
          <article key={workPackage.id} className="work-package">
            <h3>{workPackage.label}</h3>
            <ul>
              {workPackage.activities.map((activity) => (
                <li key={activity.id}>
                  <strong>{activity.label}</strong> — {activity.description}
                </li>
              ))}
            </ul>
            {indicators.length === 0 ? null : (
              <DataTable<Indicator>
                caption={`${t('dashboard.overview.indicators')} — ${workPackage.label}`}
                rows={indicators}
                rowKey={(indicator) => indicator.id}
                columns={[
                  {
                    key: 'label',
                    header: t('dashboard.overview.indicator'),
                    rowHeader: true,
                    cell: (indicator) => (
                      <>
                        {indicator.label}
                        {indicator.source === 'assumed' ? (
                          <span className="tag">{t('dashboard.overview.assumed')}</span>
                        ) : null}
                      </>
                    ),
                  },
                  {
                    key: 'target',
                    header: t('dashboard.overview.target'),
                    numeric: true,
                    cell: (indicator) => `${number(indicator.target)} ${indicator.unit}`,
                  },
                  {
                    key: 'achieved',
                    header: t('dashboard.overview.achieved'),
                    numeric: true,
                    cell: (indicator) =>
                      indicator.achieved === null
                        ? t('dashboard.overview.notReported')
                        : `${number(indicator.achieved)} ${indicator.unit}`,
                  },
                ]}
              />
            )}
          </article>
        );
      })}
      <p className="note">{t('dashboard.overview.assumedNote')}</p>
    </>
  );
}
