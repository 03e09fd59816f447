import { ProjectsTab } from '../components/admin-projects.tsx';

/** Everyone's way to their projects; leads, managers and admins also run them from here. */
export function ProjectsPage() {
  return (
    <section aria-labelledby="projects-title" className="flex flex-col gap-3">
      <h1 id="projects-title" className="text-lg font-semibold">
        Projects
      </h1>
      <ProjectsTab />
    </section>
  );
}
