import { ProjectsTab } from '../components/admin-projects.tsx';
import { SlaPolicySection } from '../components/sla-policy-section.tsx';

/** Everyone's way to their projects; leads, managers and admins also run them (and their SLAs) from here. */
export function ProjectsPage() {
  return (
    <section aria-labelledby="projects-title" className="flex flex-col gap-3">
      <h1 id="projects-title" className="text-lg font-semibold">
        Projects
      </h1>
      <ProjectsTab />
      <SlaPolicySection />
    </section>
  );
}
